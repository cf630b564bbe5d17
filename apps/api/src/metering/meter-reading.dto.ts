import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ApiKey, METER_KINDS, MeterKind, MeterReadingView, TenantUsage, UsageReport } from '@tamago/metering';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const MAX_READING = 999_999_999_999;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = (field: string) => ({ message: `${field} must be a month written YYYY-MM` });

export class CreateMeterReadingDto {
  @ApiPropertyOptional({ description: 'the space (or give spaceCode)' })
  @ValidateIf((o: CreateMeterReadingDto) => o.spaceCode === undefined)
  @IsUUID('all', { message: 'spaceId (or spaceCode) must be a space id' })
  spaceId?: string;
  @ApiPropertyOptional({ description: 'the space code, e.g. OFFICES-01 (or give spaceId)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  spaceCode?: string;
  @ApiProperty({ enum: METER_KINDS }) @IsIn(METER_KINDS) kind!: MeterKind;
  @ApiProperty({ example: '2026-05-31' }) @IsCalendarDate() readOn!: string;
  @ApiProperty({ description: 'the register in whole meter units (kWh, m³)', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_READING)
  value!: number;
  @ApiPropertyOptional({ description: 'the meter was replaced since the previous reading' })
  @IsOptional()
  @IsBoolean()
  isReplacement?: boolean;
  @ApiPropertyOptional({ description: "old meter's final reading (with isReplacement)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_READING)
  oldMeterFinal?: number;
  @ApiPropertyOptional({ description: "new meter's first reading (default 0)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_READING)
  newMeterInitial?: number;
}

export class MeterReadingListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'spaceId must be a UUID' }) spaceId?: string;
  @ApiPropertyOptional({ description: 'readings of the spaces the tenant held, while it held them' })
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a UUID' })
  tenantId?: string;
  @ApiPropertyOptional({ enum: METER_KINDS }) @IsOptional() @IsIn(METER_KINDS) kind?: MeterKind;
  @ApiPropertyOptional({ example: '2026-05' }) @IsOptional() @Matches(MONTH, MONTH_MESSAGE('period')) period?: string;
  @ApiPropertyOptional({ example: '2025-06' }) @IsOptional() @Matches(MONTH, MONTH_MESSAGE('from')) from?: string;
  @ApiPropertyOptional({ example: '2026-05' }) @IsOptional() @Matches(MONTH, MONTH_MESSAGE('to')) to?: string;
}

export class UsageQueryDto {
  @ApiPropertyOptional({ enum: METER_KINDS, default: 'electricity' }) @IsOptional() @IsIn(METER_KINDS) kind?: MeterKind;
  @ApiPropertyOptional({ example: '2026-05', description: 'one month (or from/to)' })
  @ValidateIf((o: UsageQueryDto) => o.from === undefined)
  @Matches(MONTH, MONTH_MESSAGE('period'))
  period?: string;
  @ApiPropertyOptional({ example: '2025-06' }) @IsOptional() @Matches(MONTH, MONTH_MESSAGE('from')) from?: string;
  @ApiPropertyOptional({ example: '2026-05' }) @IsOptional() @Matches(MONTH, MONTH_MESSAGE('to')) to?: string;
  @ApiPropertyOptional({ description: 'staff only; tenant users always get their own tenant' })
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a UUID' })
  tenantId?: string;
}

export class DryRunQueryDto {
  @ApiPropertyOptional({ description: 'check the whole file and report, write nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class MeterReadingDto {
  @ApiProperty() id!: string;
  @ApiProperty() spaceId!: string;
  @ApiProperty() spaceCode!: string;
  @ApiProperty({ enum: METER_KINDS }) kind!: string;
  @ApiProperty() readOn!: string;
  @ApiProperty({ example: '2026-05' }) period!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ description: 'units since the previous reading' }) consumption!: number;
  @ApiProperty() isReplacement!: boolean;
  @ApiProperty({ nullable: true }) oldMeterFinal!: number | null;
  @ApiProperty({ nullable: true }) newMeterInitial!: number | null;
  @ApiProperty({ enum: ['manual', 'csv', 'device'] }) source!: string;
  @ApiProperty() createdAt!: string;

  static from(r: MeterReadingView): MeterReadingDto {
    return {
      id: r.id,
      spaceId: r.spaceId,
      spaceCode: r.spaceCode,
      kind: r.kind,
      readOn: r.readOn,
      period: r.period,
      value: r.value,
      consumption: r.consumption,
      isReplacement: r.isReplacement,
      oldMeterFinal: r.oldMeterFinal,
      newMeterInitial: r.newMeterInitial,
      source: r.source,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

export class MeterReadingPageDto {
  @ApiProperty({ type: [MeterReadingDto] }) items!: MeterReadingDto[];
  @ApiProperty() total!: number;
}

export class ImportReportDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() rows!: number;
  @ApiProperty() created!: number;
}

export class TenantUsageDto implements TenantUsage {
  @ApiProperty() tenantId!: string;
  @ApiProperty({ example: '2026-05' }) period!: string;
  @ApiProperty() amount!: number;
  @ApiProperty({ nullable: true, description: 'kg CO2 (electricity, with an emission factor set)' })
  co2Kg!: number | null;
  @ApiProperty({ type: [String] }) spaceIds!: string[];
}

export class UsageReportDto implements UsageReport {
  @ApiProperty({ enum: METER_KINDS }) kind!: MeterKind;
  @ApiProperty({ example: 'kWh' }) unit!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ nullable: true, example: '0.000434' }) emissionFactor!: string | null;
  @ApiProperty({ type: [TenantUsageDto] }) items!: TenantUsageDto[];
  @ApiProperty({ description: 'consumed while no tenant held the space' }) unattributed!: number;
}

export class MeteringSettingsDto {
  @ApiProperty({ nullable: true, example: '0.000434', description: 't-CO2/kWh as a decimal string' })
  @ValidateIf((o: MeteringSettingsDto) => o.emissionFactor !== null)
  @Matches(/^\d{1,2}(\.\d{1,12})?$/, { message: 'emissionFactor must be a decimal in t-CO2/kWh, like "0.000434"' })
  emissionFactor!: string | null;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: '2F 分電盤ゲートウェイ' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
}

export class ApiKeyDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'first characters of the key' }) prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ nullable: true }) revokedAt!: string | null;

  static from(k: ApiKey): ApiKeyDto {
    return {
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'the key itself: shown only now, store it in the device' }) key!: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] }) items!: ApiKeyDto[];
  @ApiProperty() total!: number;
}
