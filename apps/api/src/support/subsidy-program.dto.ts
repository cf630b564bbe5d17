import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ProgramStats, SubsidyProgram, SubsidyRound } from '@tamago/support';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const FRACTION_MESSAGE = 'subsidyRate must be a fraction written like "2/3", not a decimal';

export class PrerequisiteCutoffDto {
  @ApiProperty({ example: 'chamber_support_plan' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,99}$/, { message: 'key must be lower-case letters, digits and _' })
  key!: string;
  @ApiProperty({ example: '2027-05-16' }) @IsCalendarDate() dueOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) labelJa?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) labelEn?: string;
}

export class RoundDto {
  @ApiPropertyOptional({ description: 'set to update an existing round (on PATCH)' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;
  @ApiProperty({ example: '第18回' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ example: '2027-04-01' }) @IsCalendarDate() opensOn!: string;
  @ApiProperty({ example: '2027-05-30' }) @IsCalendarDate() closesOn!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() projectDeadline?: string | null;
  @ApiPropertyOptional({ type: [PrerequisiteCutoffDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PrerequisiteCutoffDto)
  prerequisiteCutoffs?: PrerequisiteCutoffDto[];
}

export class CreateSubsidyProgramDto {
  @ApiProperty({ example: 'ものづくり補助金' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: '中小企業庁' }) @IsString() @MinLength(1) @MaxLength(200) agency!: string;
  @ApiProperty({ example: '2/3', description: 'a fraction; decimals such as 0.66 are refused' })
  @IsString({ message: FRACTION_MESSAGE })
  @Matches(/^\s*\d{1,9}\s*\/\s*\d{1,9}\s*$/, { message: FRACTION_MESSAGE })
  subsidyRate!: string;
  @ApiProperty({ example: 12_500_000, description: 'integer yen' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  maxAmount!: number;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  categories?: string[];
  @ApiPropertyOptional({ default: 30 }) @IsOptional() @IsInt() @Min(1) @Max(365) reportWithinDays?: number;
  @ApiPropertyOptional({ default: 5 }) @IsOptional() @IsInt() @Min(0) @Max(10) commercialisationReportCount?: number;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
  @ApiPropertyOptional({ type: [RoundDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoundDto)
  rounds?: RoundDto[];
}

export class UpdateSubsidyProgramDto extends PartialType(CreateSubsidyProgramDto) {}

export class SubsidyProgramListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class SubsidyRoundView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() opensOn!: string;
  @ApiProperty() closesOn!: string;
  @ApiProperty({ nullable: true, type: String }) projectDeadline!: string | null;
  @ApiProperty({ type: [PrerequisiteCutoffDto] }) prerequisiteCutoffs!: PrerequisiteCutoffDto[];

  static from(r: SubsidyRound): SubsidyRoundView {
    return {
      id: r.id,
      name: r.name,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      projectDeadline: r.projectDeadline,
      prerequisiteCutoffs: r.prerequisiteCutoffs,
    };
  }
}

export class SubsidyProgramView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() agency!: string;
  @ApiProperty({ example: '2/3' }) subsidyRate!: string;
  @ApiProperty() maxAmount!: number;
  @ApiProperty({ type: [String] }) categories!: string[];
  @ApiProperty() reportWithinDays!: number;
  @ApiProperty() commercialisationReportCount!: number;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ type: [SubsidyRoundView] }) rounds!: SubsidyRoundView[];

  static from(p: SubsidyProgram): SubsidyProgramView {
    return {
      id: p.id,
      name: p.name,
      agency: p.agency,
      subsidyRate: p.subsidyRate,
      maxAmount: p.maxAmount,
      categories: p.categories,
      reportWithinDays: p.reportWithinDays,
      commercialisationReportCount: p.commercialisationReportCount,
      notes: p.notes,
      rounds: (p.rounds ?? []).map(SubsidyRoundView.from),
    };
  }
}

export class SubsidyProgramPageView {
  @ApiProperty({ type: [SubsidyProgramView] }) items!: SubsidyProgramView[];
  @ApiProperty() total!: number;
}

export class AdoptionStatsView {
  @ApiProperty() applied!: number;
  @ApiProperty() adopted!: number;
  @ApiProperty() notAdopted!: number;
  @ApiProperty() undecided!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'basis points: 6667 = 66.67%' }) adoptionRateBp!:
    number | null;
  @ApiProperty({ nullable: true, type: String, example: '66.67%' }) adoptionRate!: string | null;
}

export class RoundStatsView extends AdoptionStatsView {
  @ApiProperty() roundId!: string;
  @ApiProperty() name!: string;
}

export class ProgramStatsView extends AdoptionStatsView {
  @ApiProperty() programId!: string;
  @ApiProperty({ type: [RoundStatsView] }) rounds!: RoundStatsView[];

  static from(s: ProgramStats): ProgramStatsView {
    return s;
  }
}

export class NamedProgramStatsView extends ProgramStatsView {
  @ApiProperty() name!: string;
}

export class AllProgramStatsView {
  @ApiProperty({ type: [NamedProgramStatsView] }) items!: NamedProgramStatsView[];
  @ApiProperty() total!: number;
}
