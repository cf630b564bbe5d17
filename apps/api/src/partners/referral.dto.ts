import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  CONSENT_METHODS,
  ConsentMethod,
  FollowUp,
  REFERRAL_DIRECTIONS,
  Referral,
  ReferralDirection,
  REFERRAL_STATUSES,
  ReferralCheckIn,
  ReferralStatus,
} from '@tamago/partners';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'referred_on'];

export class ConsentDto {
  @ApiProperty({ description: 'who at the company consented' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  givenBy!: string;
  @ApiProperty({ example: '2026-05-01T10:00:00+09:00' }) @IsString() @MaxLength(40) givenAt!: string;
  @ApiProperty({ enum: CONSENT_METHODS }) @IsIn(CONSENT_METHODS) method!: ConsentMethod;
}

export class CreateReferralDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty() @IsUUID('all', { message: 'organizationId must be a UUID' }) organizationId!: string;
  @ApiProperty({ enum: REFERRAL_DIRECTIONS }) @IsIn(REFERRAL_DIRECTIONS) direction!: ReferralDirection;
  @ApiProperty({ description: 'the stated need' }) @IsString() @MinLength(1) @MaxLength(2000) need!: string;
  @ApiPropertyOptional({ type: ConsentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;
  @ApiPropertyOptional({ nullable: true, description: 'staff only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  staffNotes?: string | null;
}

export class UpdateReferralDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(2000) need?: string;
  @ApiPropertyOptional({ type: ConsentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) staffNotes?: string | null;
}

export class ReferralTransitionDto {
  @ApiProperty({ enum: REFERRAL_STATUSES }) @IsIn(REFERRAL_STATUSES) to!: ReferralStatus;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() sentOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() acceptedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() startedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() closedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() declinedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() cancelledOn?: string;
  @ApiPropertyOptional({ enum: OUTCOMES, description: 'required to close' })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: string;
  @ApiPropertyOptional({ description: 'e.g. joint research started, loan approved, no fit' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcomeDetail?: string;
  @ApiPropertyOptional({ description: 'required to decline or cancel' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReferralListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES }) @IsOptional() @IsIn(REFERRAL_STATUSES) status?: ReferralStatus;
  @ApiPropertyOptional({ enum: REFERRAL_DIRECTIONS })
  @IsOptional()
  @IsIn(REFERRAL_DIRECTIONS)
  direction?: ReferralDirection;
}

export class CreateCheckInDto {
  @ApiProperty({ example: '2026-06-01' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class CompleteCheckInDto {
  @ApiProperty({ example: '2026-06-01' }) @IsCalendarDate() doneOn!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class CheckInParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @IsUUID('all', { message: 'checkInId must be a UUID' }) checkInId!: string;
}

export class FollowUpQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'only check-ins past their due date' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
}

export class ConsentViewDto {
  @ApiProperty() givenBy!: string;
  @ApiProperty() givenAt!: string;
  @ApiProperty({ enum: CONSENT_METHODS }) method!: ConsentMethod;
}

export class ReferralDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ enum: REFERRAL_DIRECTIONS }) direction!: ReferralDirection;
  @ApiProperty() need!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: ReferralStatus;
  @ApiProperty({ type: ConsentViewDto, nullable: true }) consent!: ConsentViewDto | null;
  @ApiProperty({ nullable: true, type: String }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String }) outcomeDetail!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) staffNotes!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) history!: Referral['history'];
  @ApiProperty() createdAt!: string;

  static from(r: Referral): ReferralDto {
    return {
      id: r.id,
      tenantId: r.tenantId,
      organizationId: r.organizationId,
      direction: r.direction,
      need: r.need,
      status: r.status,
      consent:
        r.consentGivenAt && r.consentGivenBy && r.consentMethod
          ? { givenBy: r.consentGivenBy, givenAt: r.consentGivenAt.toISOString(), method: r.consentMethod }
          : null,
      outcome: r.outcome,
      outcomeDetail: r.outcomeDetail,
      reason: r.reason,
      staffNotes: r.staffNotes,
      history: r.history,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

export class ReferralPageDto {
  @ApiProperty({ type: [ReferralDto] }) items!: ReferralDto[];
  @ApiProperty() total!: number;
}

export class CheckInDto {
  @ApiProperty() id!: string;
  @ApiProperty() referralId!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ nullable: true, type: String }) doneOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiPropertyOptional({ description: 'the referral’s tenant (GET /referrals/follow-ups)' }) tenantId?: string;
  @ApiPropertyOptional({ description: 'the tenant’s name (GET /referrals/follow-ups)' }) tenantName?: string;
  @ApiPropertyOptional({ description: 'the organisation referred to (GET /referrals/follow-ups)' })
  organizationId?: string;
  @ApiPropertyOptional({ description: 'the organisation’s name (GET /referrals/follow-ups)' })
  organizationName?: string;

  static from(c: ReferralCheckIn, overdue = false): CheckInDto {
    return { id: c.id, referralId: c.referralId, dueOn: c.dueOn, doneOn: c.doneOn, note: c.note, overdue };
  }

  static ofFollowUp(f: FollowUp): CheckInDto {
    return { ...CheckInDto.from(f.checkIn, f.overdue), ...(f.referral ?? {}) };
  }
}

export class CheckInPageDto {
  @ApiProperty({ type: [CheckInDto] }) items!: CheckInDto[];
  @ApiProperty() total!: number;
}
