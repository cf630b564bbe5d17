import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { LEASE_STATUSES, Lease, LeaseStatus } from '@tamago/leasing';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';
import { IsYen } from '../common/yen.decorator';
import { SpaceDto } from '../spaces/space.dto';
import { OptionalPageQueryDto } from '../common/in-memory-page';

export class RentStepDto {
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(100) fromYear!: number;
  @IsYen() monthlyRent!: number;
}

/** Terms a lease may set at creation and change while it is a draft. */
export class LeaseTermsDto {
  @IsYen({ optional: true }) commonAreaFee?: number;
  @IsYen({ optional: true }) deposit?: number;
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(730)
  noticePeriodDays?: number;
  @ApiPropertyOptional({ type: [RentStepDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RentStepDto)
  rentSchedule?: RentStepDto[];
}

export class CreateLeaseDto extends LeaseTermsDto {
  @ApiProperty()
  @IsUUID('all', { message: 'tenantId must be a UUID' })
  tenantId!: string;
  @ApiPropertyOptional({ description: 'one space (or spaceIds)' })
  @IsOptional()
  @IsUUID('all', { message: 'spaceId must be a UUID' })
  spaceId?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'spaceIds must hold UUIDs' })
  spaceIds?: string[];
  @ApiProperty({ example: '2026-04-01' }) @IsCalendarDate() startDate!: string;
  @ApiProperty({ example: '2029-03-31' }) @IsCalendarDate() endDate!: string;
  @IsYen() monthlyRent!: number;
}

export class DepositSettlementDto {
  @ApiProperty() @IsCalendarDate() settledOn!: string;
  @IsYen() deductions!: number;
  @IsYen() returned!: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UpdateLeaseDto extends LeaseTermsDto {
  @IsYen({ optional: true }) monthlyRent?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() movedInOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() movedOutOn?: string;
  @ApiPropertyOptional({ type: DepositSettlementDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DepositSettlementDto)
  depositSettlement?: DepositSettlementDto;
}

export class LeaseTransitionDto {
  @ApiProperty({ enum: LEASE_STATUSES }) @IsIn(LEASE_STATUSES) to!: LeaseStatus;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() signedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() terminatedOn?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RescreeningDto {
  @ApiProperty() @IsCalendarDate() decidedOn!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) note!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  score?: number;
}

export class RenewLeaseDto {
  @ApiPropertyOptional({
    description: 'default: the day after the current end',
  })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;
  @ApiProperty() @IsCalendarDate() endDate!: string;
  @IsYen({ optional: true }) monthlyRent?: number;
  @IsYen({ optional: true }) commonAreaFee?: number;
  @IsYen({ optional: true }) deposit?: number;
  @ApiProperty({ type: RescreeningDto })
  @ValidateNested()
  @Type(() => RescreeningDto)
  rescreening!: RescreeningDto;
}

const SORTS = ['startDate', '-startDate', 'endDate', '-endDate'];

export class LeaseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a UUID' })
  tenantId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'spaceId must be a UUID' })
  spaceId?: string;
  @ApiPropertyOptional({ enum: LEASE_STATUSES })
  @IsOptional()
  @IsIn(LEASE_STATUSES)
  status?: LeaseStatus;
  @ApiPropertyOptional({ description: 'leases occupying on this day' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
  @ApiPropertyOptional({ enum: SORTS })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export class EndingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ default: 90 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3660)
  days: number = 90;
}

export class NearingTenureQueryDto extends OptionalPageQueryDto {
  @ApiPropertyOptional({ default: 6 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  months: number = 6;
}

export class OccupancyQueryDto {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'default: today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class LeasingSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 240 })
  @IsInt()
  @Min(1)
  @Max(240)
  maxTenureMonths!: number;
}

export class LeaseDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ type: [String] }) spaceIds!: string[];
  /** the rooms' codes, in the order of spaceIds (when loaded with the lease) */
  @ApiProperty({ type: [String] }) spaceCodes!: string[];
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty() monthlyRent!: number;
  @ApiProperty() commonAreaFee!: number;
  @ApiProperty() deposit!: number;
  @ApiProperty() noticePeriodDays!: number;
  @ApiProperty({ type: [RentStepDto], nullable: true }) rentSchedule!: RentStepDto[] | null;
  @ApiProperty({ enum: LEASE_STATUSES }) status!: string;
  @ApiProperty({ nullable: true }) renewalOf!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) rescreening!: unknown;
  @ApiProperty({ nullable: true }) signedOn!: string | null;
  @ApiProperty({ nullable: true }) terminatedOn!: string | null;
  @ApiProperty({ nullable: true }) terminationReason!: string | null;
  @ApiProperty({ nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ nullable: true }) movedInOn!: string | null;
  @ApiProperty({ nullable: true }) movedOutOn!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) depositSettlement!: unknown;

  static from(l: Lease): LeaseDto {
    return {
      id: l.id,
      tenantId: l.tenantId,
      spaceIds: (l.spaces ?? []).map((s) => s.spaceId),
      spaceCodes: (l.spaces ?? []).flatMap((s) => (s.spaceCode ? [s.spaceCode] : [])),
      startDate: l.startDate,
      endDate: l.endDate,
      monthlyRent: l.monthlyRent,
      commonAreaFee: l.commonAreaFee,
      deposit: l.deposit,
      noticePeriodDays: l.noticePeriodDays,
      rentSchedule: l.rentSchedule,
      status: l.status,
      renewalOf: l.renewalOfId,
      rescreening: l.rescreening,
      signedOn: l.signedOn,
      terminatedOn: l.terminatedOn,
      terminationReason: l.terminationReason,
      cancellationReason: l.cancellationReason,
      movedInOn: l.movedInOn,
      movedOutOn: l.movedOutOn,
      depositSettlement: l.depositSettlement,
    };
  }
}

export class LeasePageDto {
  @ApiProperty({ type: [LeaseDto] }) items!: LeaseDto[];
  @ApiProperty() total!: number;
}

export class EndingLeasesDto {
  /** the facility's today the window starts on */
  asOf!: string;
  items!: LeaseDto[];
  total!: number;
}

export class TenureRemainingDto {
  tenantId!: string;
  tenantName!: string;
  latestEndDate!: string;
  monthsRemaining!: number;
  daysRemaining!: number;
}

export class NearingMaxTenureDto {
  asOf!: string;
  maxTenureMonths!: number;
  items!: TenureRemainingDto[];
  total!: number;
}

export class RoomOccupancyDto {
  occupied!: number;
  total!: number;
  /** basis points (10000 = 100%); null with no lettable room */
  rateBp!: number | null;
  /** e.g. "87.5%" */
  rate!: string | null;
}

export class AreaOccupancyDto {
  occupiedCentiSqm!: number;
  totalCentiSqm!: number;
  occupiedSqm!: string;
  totalSqm!: string;
  rateBp!: number | null;
  rate!: string | null;
}

export class OccupancyReportDto {
  asOf!: string;
  rooms!: RoomOccupancyDto;
  area!: AreaOccupancyDto;
  vacantSpaces!: SpaceDto[];
}
