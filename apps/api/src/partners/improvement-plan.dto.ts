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
import { IMPROVEMENT_PLAN_STATUSES, ImprovementPlanStatus, PlanView, ReviewView } from '@tamago/partners';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const YEN = 1_000_000_000_000_000; // ¥10^15, the domain's limit

export class YearTargetsDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(1000) @Max(9999) fiscalYear!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(0) @Max(YEN) sales!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(-YEN) @Max(YEN) operatingProfit!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(-YEN) @Max(YEN) cashFlow!: number;
}

export class PlanFieldsDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'consultantOrganizationId must be a UUID' })
  consultantOrganizationId?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['2026-07-01'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsCalendarDate({ each: true })
  monitoringDates?: string[];
  @ApiPropertyOptional({ default: 3 }) @IsOptional() @IsInt() @Min(1) @Max(60) reviewIntervalMonths?: number;
  @ApiPropertyOptional({ nullable: true, description: 'staff only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class CreateImprovementPlanDto extends PlanFieldsDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ description: 'the certified SME consultant (中小企業診断士)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  consultantName!: string;
  @ApiProperty({ example: '2026-04-01' }) @IsCalendarDate() startsOn!: string;
  @ApiProperty({ type: [YearTargetsDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => YearTargetsDto)
  targets!: YearTargetsDto[];
}

export class UpdateImprovementPlanDto extends PlanFieldsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) consultantName?: string;
  @ApiPropertyOptional({ type: [YearTargetsDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => YearTargetsDto)
  targets?: YearTargetsDto[];
  @ApiPropertyOptional({ enum: IMPROVEMENT_PLAN_STATUSES })
  @IsOptional()
  @IsIn(IMPROVEMENT_PLAN_STATUSES)
  status?: ImprovementPlanStatus;
}

export class CreatePlanReviewDto {
  @ApiProperty({ example: '2026-07-01' }) @IsCalendarDate() reviewedOn!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(1000) @Max(9999) fiscalYear!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(0) @Max(YEN) actualSales!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(-YEN) @Max(YEN) actualOperatingProfit!: number;
  @ApiProperty({ description: 'integer yen' }) @IsInt() @Min(-YEN) @Max(YEN) actualCashFlow!: number;
  @ApiPropertyOptional({ description: "the consultant's time on this review, minutes" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  consultantMinutes?: number;
  @ApiPropertyOptional({ nullable: true, description: 'staff only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class PlanListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional({ enum: IMPROVEMENT_PLAN_STATUSES })
  @IsOptional()
  @IsIn(IMPROVEMENT_PLAN_STATUSES)
  status?: ImprovementPlanStatus;
}

export class ReviewDto {
  @ApiProperty() id!: string;
  @ApiProperty() reviewedOn!: string;
  @ApiProperty() fiscalYear!: number;
  @ApiProperty() actualSales!: number;
  @ApiProperty() actualOperatingProfit!: number;
  @ApiProperty() actualCashFlow!: number;
  @ApiProperty() consultantMinutes!: number;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ description: 'per metric: target, actual, varianceYen, varianceBp' })
  variance!: ReviewView['variance'];

  static from({ review: r, variance }: ReviewView): ReviewDto {
    return {
      id: r.id,
      reviewedOn: r.reviewedOn,
      fiscalYear: r.fiscalYear,
      actualSales: r.actualSales,
      actualOperatingProfit: r.actualOperatingProfit,
      actualCashFlow: r.actualCashFlow,
      consultantMinutes: r.consultantMinutes,
      notes: r.notes,
      variance,
    };
  }
}

export class ImprovementPlanDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() consultantName!: string;
  @ApiProperty({ nullable: true, type: String }) consultantOrganizationId!: string | null;
  @ApiProperty() startsOn!: string;
  @ApiProperty({ type: [YearTargetsDto] }) targets!: YearTargetsDto[];
  @ApiProperty({ type: [String] }) monitoringDates!: string[];
  @ApiProperty() reviewIntervalMonths!: number;
  @ApiProperty({ nullable: true, type: String }) nextReviewOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: IMPROVEMENT_PLAN_STATUSES }) status!: ImprovementPlanStatus;
  @ApiProperty({ description: "the consultant's total time over all reviews, minutes" }) consultantMinutes!: number;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [ReviewDto] }) reviews!: ReviewDto[];

  static from({ plan: p, reviews, overdue, consultantMinutes }: PlanView): ImprovementPlanDto {
    return {
      id: p.id,
      tenantId: p.tenantId,
      title: p.title,
      consultantName: p.consultantName,
      consultantOrganizationId: p.consultantOrganizationId,
      startsOn: p.startsOn,
      targets: p.targets,
      monitoringDates: p.monitoringDates,
      reviewIntervalMonths: p.reviewIntervalMonths,
      nextReviewOn: p.nextReviewOn,
      overdue,
      status: p.status,
      consultantMinutes,
      notes: p.notes,
      reviews: reviews.map(ReviewDto.from),
    };
  }
}

export class ImprovementPlanPageDto {
  @ApiProperty({ type: [ImprovementPlanDto] }) items!: ImprovementPlanDto[];
  @ApiProperty() total!: number;
}
