import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';
import {
  REPORT_FORMATS,
  REPORT_STATUSES,
  REPORT_TYPES,
  isExpired,
  type ReportRun,
  type ReportSettingsView,
} from '@tamago/reports';
import { PageQueryDto } from '../common/list-query.dto';

export class CreateReportDto {
  @ApiProperty({ enum: REPORT_TYPES, example: 'monthly-occupancy' })
  @IsIn(REPORT_TYPES)
  type!: string;

  @ApiPropertyOptional({
    type: String,
    example: '2027-01',
    description: 'month (YYYY-MM) for monthly-occupancy, revenue-arrears and support-activity; not in the future',
  })
  @IsOptional()
  @IsString()
  period?: string;

  @ApiPropertyOptional({
    type: Number,
    example: 2026,
    description: 'fiscal year (2026 = April 2026 to March 2027) for fiscal-year and support-activity',
  })
  @IsOptional()
  @IsInt()
  fiscalYear?: number;

  @ApiProperty({ enum: REPORT_FORMATS, example: 'pdf' })
  @IsIn(REPORT_FORMATS)
  format!: string;
}

export class ReportListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_TYPES }) @IsOptional() @IsIn(REPORT_TYPES) type?: string;
  @ApiPropertyOptional({ enum: REPORT_STATUSES }) @IsOptional() @IsIn(REPORT_STATUSES) status?: string;
}

export class ReportDto {
  @ApiProperty({ type: String, format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_TYPES }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-01' }) period!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 2026 }) fiscalYear!: number | null;
  @ApiProperty({ enum: REPORT_FORMATS }) format!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: string;
  @ApiProperty({ type: Number, minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ type: String, nullable: true, description: 'why it failed' }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'monthly-occupancy-2027-01.pdf' }) fileName!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'bytes' }) fileSize!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'download path while the file is kept' })
  fileUrl!: string | null;
  @ApiProperty({ enum: ['api', 'schedule'] }) source!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'the file is dropped then' })
  expiresAt!: string | null;
  @ApiProperty({ type: Boolean }) expired!: boolean;

  static from(r: ReportRun): ReportDto {
    const expired = isExpired(r);
    return {
      id: r.id,
      type: r.type,
      period: r.period,
      fiscalYear: r.fiscalYear,
      format: r.format,
      status: r.status,
      progress: r.progress,
      error: r.error,
      fileName: r.fileName,
      fileSize: r.fileSize,
      fileUrl: r.status === 'done' && !expired ? `/api/v1/reports/${r.id}/file` : null,
      source: r.source,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      expired,
    };
  }
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportDto] }) items!: ReportDto[];
  @ApiProperty({ type: Number }) total!: number;
}

export class ReportSettingsDto implements ReportSettingsView {
  @ApiProperty({ type: [String], example: ['director@example.jp'], description: 'who gets the scheduled reports' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  recipients!: string[];

  @ApiProperty({ type: Boolean, description: "previous month's reports on the first business day" })
  @IsBoolean()
  monthlyEnabled!: boolean;

  @ApiProperty({ type: Boolean, description: 'the fiscal-year report after the year closes (April)' })
  @IsBoolean()
  fiscalYearEnabled!: boolean;

  @ApiProperty({ enum: REPORT_FORMATS }) @IsIn(REPORT_FORMATS) scheduledFormat!: 'pdf' | 'csv' | 'xlsx';

  @ApiProperty({ type: Number, minimum: 1, maximum: 3650, description: 'days a report file is kept' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays!: number;
}

export class UpdateReportSettingsDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true })
  recipients?: string[];

  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @IsBoolean() monthlyEnabled?: boolean;
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @IsBoolean() fiscalYearEnabled?: boolean;
  @ApiPropertyOptional({ enum: REPORT_FORMATS })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  scheduledFormat?: 'pdf' | 'csv' | 'xlsx';

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 3650 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays?: number;
}
