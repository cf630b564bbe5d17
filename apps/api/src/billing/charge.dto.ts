import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CHARGE_KINDS, Charge, TAX_CATEGORIES, type ChargeKind, type TaxCategory } from '@tamago/billing';
import { PageQueryDto } from '../common/list-query.dto';
import { IsBillingPeriod } from './billing-period.validator';

export class CreateChargeDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty({ example: '2027-04' }) @IsBillingPeriod() period!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) description!: string;
  @ApiProperty({ minimum: 1 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
  @ApiProperty({ description: 'integer yen; tax-exclusive unless taxIncluded', minimum: 0 })
  @IsInt({ message: 'unitPrice must be a whole number of yen' })
  @Min(0, { message: 'unitPrice must not be negative' })
  @Max(1_000_000_000)
  unitPrice!: number;
  @ApiProperty({ enum: TAX_CATEGORIES })
  @IsIn(TAX_CATEGORIES, { message: `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}` })
  taxCategory!: TaxCategory;
  @ApiPropertyOptional({ description: 'true: unitPrice is tax-included (内税)', default: false })
  @IsOptional()
  @IsBoolean()
  taxIncluded?: boolean;
  @ApiPropertyOptional({
    enum: CHARGE_KINDS,
    description:
      'picks the journal account; omitted: deposit for a 不課税 保証金/敷金, reimbursement (立替金) for other 不課税, else other',
  })
  @IsOptional()
  @IsIn(CHARGE_KINDS, { message: `kind must be one of ${CHARGE_KINDS.join(', ')}` })
  kind?: ChargeKind;
}

export class ChargeListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBillingPeriod() period?: string;
  @ApiPropertyOptional({ description: 'true: billed by an issued invoice' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  invoiced?: boolean;
}

export class ChargeDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() period!: string;
  @ApiProperty() description!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty() unitPrice!: number;
  @ApiProperty() amount!: number;
  @ApiProperty({ enum: TAX_CATEGORIES }) taxCategory!: string;
  @ApiProperty() taxIncluded!: boolean;
  @ApiProperty({ enum: CHARGE_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) invoiceId!: string | null;
  @ApiProperty() createdAt!: string;

  static from(c: Charge): ChargeDto {
    return {
      id: c.id,
      tenantId: c.tenantId,
      period: c.period,
      description: c.description,
      quantity: c.quantity,
      unitPrice: c.unitPrice,
      amount: c.amount,
      taxCategory: c.taxCategory,
      taxIncluded: c.taxIncluded,
      kind: c.kind,
      invoiceId: c.invoiceId,
      createdAt: c.createdAt.toISOString(),
    };
  }
}

export class ChargePageDto {
  @ApiProperty({ type: [ChargeDto] }) items!: ChargeDto[];
  @ApiProperty() total!: number;
}
