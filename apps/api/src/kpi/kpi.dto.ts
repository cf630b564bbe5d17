import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { KpiDraftView, KpiHistoryEntry, KpiSubmission, KpiSurvey } from '@tamago/kpi';
import { Tenant } from '@tamago/tenants';
import { IsCalendarDate } from '../common/calendar-date.validator';

const MAX_YEN = 1_000_000_000_000_000;

export class OpenKpiSurveyDto {
  @ApiProperty({
    example: '2026-Q3',
    description: 'calendar quarter YYYY-Qn (default cadence), half YYYY-Hn or fiscal year FYyyyy',
  })
  @Matches(/^(\d{4}-Q[1-4]|\d{4}-H[12]|FY\d{4})$/, { message: 'period must be like 2026-Q3, 2026-H1 or FY2026' })
  period!: string;
  @ApiPropertyOptional({ description: 'default today' }) @IsOptional() @IsCalendarDate() opensOn?: string;
  @ApiPropertyOptional({ description: 'default 30 days after the period ends' })
  @IsOptional()
  @IsCalendarDate()
  closesOn?: string;
}

export class UpdateKpiSurveyDto {
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() opensOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() closesOn?: string;
}

export class KpiFiguresDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(10_000_000) employees!: number;
  @ApiProperty({ minimum: 0, description: 'integer yen' }) @IsInt() @Min(0) @Max(MAX_YEN) revenue!: number;
  @ApiProperty({ minimum: 0, description: 'integer yen' }) @IsInt() @Min(0) @Max(MAX_YEN) moneyRaised!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) patents!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000) productsLaunched!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

/** An unsent answer: any figure may still be missing (null or absent). */
export class KpiDraftFiguresDto {
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, description: 'integer yen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_YEN)
  revenue?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, description: 'integer yen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_YEN)
  moneyRaised?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  patents?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  productsLaunched?: number | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class KpiDraftDto {
  @ApiProperty() surveyId!: string;
  @ApiProperty({ type: KpiDraftFiguresDto }) values!: KpiDraftFiguresDto;
  @ApiProperty() savedAt!: string;

  static from(d: KpiDraftView): KpiDraftDto {
    return { surveyId: d.surveyId, values: { ...d.values }, savedAt: d.savedAt.toISOString() };
  }
}

export class SurveyTenantParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
}

export class KpiSurveyDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty() opensOn!: string;
  @ApiProperty() closesOn!: string;
  @ApiPropertyOptional({ description: 'number of tenants that answered (lists)' }) submissions?: number;

  static from(s: KpiSurvey & { submissions?: number }): KpiSurveyDto {
    return {
      id: s.id,
      period: s.period,
      startDate: s.startDate,
      endDate: s.endDate,
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      ...(s.submissions !== undefined ? { submissions: s.submissions } : {}),
    };
  }
}

export class KpiSurveyPageDto {
  @ApiProperty({ type: [KpiSurveyDto] }) items!: KpiSurveyDto[];
  @ApiProperty() total!: number;
}

export class KpiSubmissionDto {
  @ApiProperty() id!: string;
  @ApiProperty() surveyId!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() employees!: number;
  @ApiProperty() revenue!: number;
  @ApiProperty() moneyRaised!: number;
  @ApiProperty() patents!: number;
  @ApiProperty() productsLaunched!: number;
  @ApiProperty({ nullable: true }) note!: string | null;
  @ApiProperty({ enum: ['tenant', 'staff'] }) enteredBy!: string;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional({ example: '2026-Q3', description: 'in histories' }) period?: string;

  static from(s: KpiSubmission | KpiHistoryEntry): KpiSubmissionDto {
    return {
      id: s.id,
      surveyId: s.surveyId,
      tenantId: s.tenantId,
      employees: s.employees,
      revenue: s.revenue,
      moneyRaised: s.moneyRaised,
      patents: s.patents,
      productsLaunched: s.productsLaunched,
      note: s.note,
      enteredBy: s.enteredBy,
      updatedAt: s.updatedAt.toISOString(),
      ...('period' in s ? { period: s.period } : {}),
    };
  }
}

export class KpiSubmissionPageDto {
  @ApiProperty({ type: [KpiSubmissionDto] }) items!: KpiSubmissionDto[];
  @ApiProperty() total!: number;
}

export class MissingTenantDto {
  @ApiProperty() tenantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameKana!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ nullable: true }) graduatedOn!: string | null;

  static from(t: Tenant): MissingTenantDto {
    return { tenantId: t.id, name: t.name, nameKana: t.nameKana, status: t.status, graduatedOn: t.graduatedOn };
  }
}

export class MissingPageDto {
  @ApiProperty({ type: [MissingTenantDto] }) items!: MissingTenantDto[];
  @ApiProperty() total!: number;
}
