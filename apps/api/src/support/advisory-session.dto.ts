import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AdvisoryQuota,
  AdvisorySession,
  CONSULTATION_CHANNELS,
  ConsultationChannel,
  QuotaPolicy,
  SESSION_KINDS,
  SESSION_MODES,
  SESSION_STATUSES,
  SESSION_TOPICS,
  SessionKind,
  SessionMode,
  SessionStatus,
  SessionTopic,
} from '@tamago/support';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const uuid = (field: string) => IsUUID('all', { message: `${field} must be a UUID` });

export class FollowUpDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) action!: string;
  @ApiProperty({ example: 'tenant' }) @IsString() @MinLength(1) @MaxLength(100) owner!: string;
  @ApiProperty({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() dueOn!: string | null;
  @ApiProperty() @IsBoolean() done!: boolean;
}

export class CreateAdvisorySessionDto {
  @ApiPropertyOptional({ enum: SESSION_KINDS, default: 'appointment' })
  @IsOptional()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;
  @ApiPropertyOptional({ description: 'tenant users: their own tenant (may be left out)' })
  @IsOptional()
  @uuid('tenantId')
  tenantId?: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @uuid('advisorId') advisorId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'staff member whose work this is (default: the caller)' })
  @IsOptional()
  @uuid('staffId')
  staffId?: string | null;
  @ApiProperty({ example: '2027-06-01T10:00:00+09:00' }) @IsString() startsAt!: string;
  @ApiProperty({ example: '2027-06-01T11:00:00+09:00' }) @IsString() endsAt!: string;
  @ApiPropertyOptional({ enum: SESSION_MODES }) @IsOptional() @IsIn(SESSION_MODES) mode?: SessionMode | null;
  @ApiPropertyOptional({ enum: CONSULTATION_CHANNELS, description: 'consultations: how they reached the facility' })
  @IsOptional()
  @IsIn(CONSULTATION_CHANNELS)
  channel?: ConsultationChannel | null;
  @ApiProperty({ enum: SESSION_TOPICS }) @IsIn(SESSION_TOPICS) topic!: SessionTopic;
  @ApiPropertyOptional({ nullable: true, description: 'staff-only' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  notes?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'shared with the tenant' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  summary?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(24 * 60) minutesSpent?: number | null;
  @ApiPropertyOptional({ type: [FollowUpDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FollowUpDto)
  followUps?: FollowUpDto[];
  @ApiPropertyOptional({ enum: SESSION_STATUSES }) @IsOptional() @IsIn(SESSION_STATUSES) status?: SessionStatus;
  @ApiPropertyOptional({ description: 'tenant users: accept that a booking beyond the free quota is charged' })
  @IsOptional()
  @IsBoolean()
  acceptCharge?: boolean;
}

export class UpdateAdvisorySessionDto extends PartialType(
  OmitType(CreateAdvisorySessionDto, ['kind', 'tenantId', 'advisorId', 'status', 'acceptCharge'] as const),
) {}

export class SessionTransitionDto {
  @ApiProperty({ enum: SESSION_STATUSES }) @IsIn(SESSION_STATUSES) to!: SessionStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(24 * 60) minutesSpent?: number;
}

export class SessionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @uuid('tenantId') tenantId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('advisorId') advisorId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('staffId') staffId?: string;
  @ApiPropertyOptional({ enum: SESSION_KINDS }) @IsOptional() @IsIn(SESSION_KINDS) kind?: SessionKind;
  @ApiPropertyOptional({ enum: SESSION_STATUSES }) @IsOptional() @IsIn(SESSION_STATUSES) status?: SessionStatus;
  @ApiPropertyOptional({ description: 'starts on or after (instant)' }) @IsOptional() @IsString() from?: string;
  @ApiPropertyOptional({ description: 'starts before (instant)' }) @IsOptional() @IsString() to?: string;
}

export class FiscalYearQueryDto {
  @ApiPropertyOptional({ example: 2027, description: 'April–March, named after the April year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fiscalYear must be a year such as 2027' })
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
}

export class AdvisorySessionView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ nullable: true, type: String }) advisorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) staffId!: string | null;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ nullable: true, enum: SESSION_MODES }) mode!: SessionMode | null;
  @ApiProperty({ nullable: true, enum: CONSULTATION_CHANNELS }) channel!: ConsultationChannel | null;
  @ApiProperty({ enum: SESSION_TOPICS }) topic!: SessionTopic;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'staff only' }) notes?: string | null;
  @ApiProperty({ nullable: true, type: Number }) minutesSpent!: number | null;
  @ApiProperty({ type: [FollowUpDto] }) followUps!: FollowUpDto[];
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty() chargeable!: boolean;
  @ApiProperty() bookedBy!: string;
  @ApiProperty({ nullable: true, type: String }) cancelledAt!: string | null;

  /** The session as the support library returned it for the reader (notes only when it kept them). */
  static from(s: AdvisorySession): AdvisorySessionView {
    const view: AdvisorySessionView = {
      id: s.id,
      kind: s.kind,
      tenantId: s.tenantId,
      advisorId: s.advisorId,
      staffId: s.staffId,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      mode: s.mode,
      channel: s.channel,
      topic: s.topic,
      summary: s.summary,
      minutesSpent: s.minutesSpent,
      followUps: s.followUps,
      status: s.status,
      chargeable: s.chargeable,
      bookedBy: s.bookedBy,
      cancelledAt: s.cancelledAt?.toISOString() ?? null,
    };
    if (s.notes !== undefined) view.notes = s.notes;
    return view;
  }
}

export class AdvisorySessionPageView {
  @ApiProperty({ type: [AdvisorySessionView] }) items!: AdvisorySessionView[];
  @ApiProperty() total!: number;
}

export class AdvisoryQuotaView {
  @ApiProperty() tenantId!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty() quota!: number;
  @ApiProperty() used!: number;
  @ApiProperty() remaining!: number;
  @ApiProperty({ description: 'one more session may be booked' }) allowed!: boolean;
  @ApiProperty({ description: 'one more session would be charged' }) chargeable!: boolean;
  @ApiProperty() chargeableSessions!: number;
  @ApiProperty({ enum: ['refuse', 'chargeable'] }) policy!: QuotaPolicy;

  static from(q: AdvisoryQuota): AdvisoryQuotaView {
    return q;
  }
}

export class SessionStatsRowView {
  @ApiProperty({ nullable: true, type: String }) staffId!: string | null;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: string;
  @ApiProperty() sessions!: number;
  @ApiProperty() minutes!: number;
}

export class SessionStatsView {
  @ApiProperty() fiscalYear!: number;
  @ApiProperty({ type: [SessionStatsRowView] }) items!: SessionStatsRowView[];
}

export class SupportSettingsDto {
  @ApiPropertyOptional({ default: 4 }) @IsOptional() @IsInt() @Min(0) @Max(1000) freeSessionsPerYear?: number;
  @ApiPropertyOptional({ enum: ['refuse', 'chargeable'] })
  @IsOptional()
  @IsIn(['refuse', 'chargeable'])
  quotaPolicy?: QuotaPolicy;
  @ApiPropertyOptional({ default: 24 }) @IsOptional() @IsInt() @Min(0) @Max(24 * 14) tenantCancelHours?: number;
}

export class SupportSettingsView {
  @ApiProperty() freeSessionsPerYear!: number;
  @ApiProperty({ enum: ['refuse', 'chargeable'] }) quotaPolicy!: QuotaPolicy;
  @ApiProperty() tenantCancelHours!: number;
}
