import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsObject, IsOptional, Matches, Max, Min } from 'class-validator';
import { ScheduleSettingView } from '@tamago/jobs';

/** A change to one scheduled kind of the facility. */
export class ScheduleSettingPatchDto {
  @ApiPropertyOptional({ description: 'false switches the kind off for this facility' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ example: '09:00', description: 'local time in the facility time zone (HH:MM)' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'localTime must be HH:MM (00:00–23:59)' })
  localTime?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 31,
    description: 'monthly kinds only; past the month end means the last day',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  dayOfMonth?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { autoIssue: true } })
  @IsOptional()
  @IsObject()
  options?: Record<string, unknown>;
}

export class ScheduleSettingDto {
  @ApiProperty({ example: 'billing-preview' }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ example: '09:00' }) localTime!: string;
  @ApiProperty({ type: Number, nullable: true }) dayOfMonth!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) options!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: 'next run (instant) for this facility' })
  next!: string | null;

  static from(v: ScheduleSettingView, next: string | null): ScheduleSettingDto {
    return Object.assign(new ScheduleSettingDto(), v, { next });
  }
}

export class ScheduleSettingListDto {
  @ApiProperty({ type: [ScheduleSettingDto] }) items!: ScheduleSettingDto[];
  @ApiProperty() total!: number;
}
