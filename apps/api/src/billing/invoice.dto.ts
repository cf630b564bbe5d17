import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  CHARGE_KINDS,
  INVOICE_SORTS,
  INVOICE_STATUSES,
  Invoice,
  TAX_CATEGORIES,
  type TaxCategory,
} from '@tamago/billing';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';
import { IsBillingPeriod } from './billing-period.validator';

export class InvoiceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsBillingPeriod() period?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'billingRunId must be a UUID' }) billingRunId?: string;
  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: (typeof INVOICE_STATUSES)[number];
  @ApiPropertyOptional({ enum: ['invoice', 'credit_note'] }) @IsOptional() @IsIn(['invoice', 'credit_note']) kind?:
    'invoice' | 'credit_note';
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() issueDateFrom?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() issueDateTo?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1_000_000_000_000)
  @Max(1_000_000_000_000)
  totalMin?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1_000_000_000_000)
  @Max(1_000_000_000_000)
  totalMax?: number;
  @ApiPropertyOptional({ description: 'counterparty (recipient) name, partial' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
  @ApiPropertyOptional({ enum: INVOICE_SORTS }) @IsOptional() @IsIn(INVOICE_SORTS) sort?: string;
}

/** The accountant's CSV: billing periods from and to (both inclusive, YYYY-MM); none given: every invoice. */
export class InvoiceExportQueryDto {
  @ApiPropertyOptional({ example: '2026-04', description: 'first billing period (YYYY-MM), inclusive' })
  @IsOptional()
  @IsBillingPeriod()
  from?: string;
  @ApiPropertyOptional({ example: '2027-03', description: 'last billing period (YYYY-MM), inclusive' })
  @IsOptional()
  @IsBillingPeriod()
  to?: string;
}

export class VoidInvoiceDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(1000) reason!: string;
}

export class CorrectionLineDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) description!: string;
  @ApiProperty() @IsInt({ message: 'quantity must be a whole number' }) @Min(1) @Max(1_000_000) quantity!: number;
  @ApiProperty({ description: 'positive integer yen, tax-exclusive' })
  @IsInt({ message: 'unitPrice must be a whole number of yen' })
  @Min(0, { message: 'unitPrice must not be negative' })
  @Max(1_000_000_000)
  unitPrice!: number;
  @ApiProperty({ enum: TAX_CATEGORIES })
  @IsIn(TAX_CATEGORIES, { message: `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}` })
  taxCategory!: TaxCategory;
  @ApiPropertyOptional({ enum: CHARGE_KINDS, description: "credit notes: what is credited; the original's by default" })
  @IsOptional()
  @IsIn(CHARGE_KINDS, { message: `kind must be one of ${CHARGE_KINDS.join(', ')}` })
  kind?: string;
}

export class CreditNoteDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(1000) reason!: string;
  @ApiPropertyOptional({
    type: [CorrectionLineDto],
    description:
      "lines to credit (positive amounts, on the basis of the original's tax category: tax-included when it was); each category at most what the original charged less earlier credits (422 naming the line)",
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CorrectionLineDto)
  lines?: CorrectionLineDto[];
  @ApiPropertyOptional({ description: 'tax-exclusive yen to credit, when the invoice has one tax category' })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of yen' })
  @Min(1)
  @Max(1_000_000_000)
  amount?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() issueDate?: string;
}

export class ReissueInvoiceDto {
  @ApiPropertyOptional({ type: [CorrectionLineDto], description: 'new lines; the voided invoice’s lines when absent' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CorrectionLineDto)
  lines?: CorrectionLineDto[];
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() issueDate?: string;
}

export class TaxSummaryDto {
  @ApiProperty({ enum: TAX_CATEGORIES }) category!: string;
  @ApiProperty() rate!: number;
  @ApiProperty() taxableAmount!: number;
  @ApiProperty() tax!: number;
  @ApiProperty({ description: 'true: computed on the tax-included basis (tax = gross × rate ÷ (100 + rate))' })
  taxIncluded!: boolean;
  @ApiProperty({ description: 'taxableAmount + tax' }) grossAmount!: number;
}

export class InvoiceLineDto {
  @ApiProperty() description!: string;
  @ApiProperty() quantity!: string;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
  @ApiProperty() unitPrice!: number;
  @ApiProperty() amount!: number;
  @ApiProperty({ enum: TAX_CATEGORIES }) taxCategory!: string;
  @ApiProperty({ description: 'true: amount and unit price are tax-included (内税)' }) taxIncluded!: boolean;
  @ApiProperty({ enum: CHARGE_KINDS, nullable: true, type: String }) chargeKind!: string | null;
  @ApiProperty() sourceType!: string;
  @ApiProperty({ nullable: true, type: String }) sourceId!: string | null;
}

export class InvoiceDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['invoice', 'credit_note'] }) kind!: string;
  @ApiProperty({ nullable: true, type: String }) number!: string | null;
  @ApiProperty() tenantId!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ nullable: true, type: String }) issueDate!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ enum: INVOICE_STATUSES }) status!: string;
  @ApiProperty() supplementary!: boolean;
  @ApiProperty() subtotal!: number;
  @ApiProperty() tax!: number;
  @ApiProperty() total!: number;
  @ApiProperty() amountPaid!: number;
  @ApiProperty() amountCredited!: number;
  @ApiProperty({ type: [TaxSummaryDto] }) taxSummary!: TaxSummaryDto[];
  @ApiPropertyOptional({ type: [InvoiceLineDto] }) lines?: InvoiceLineDto[];
  @ApiProperty({ nullable: true, type: String }) billingRunId!: string | null;
  @ApiProperty({ nullable: true, type: String }) originalInvoiceId!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) voidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) replacedById!: string | null;

  static from(i: Invoice): InvoiceDto {
    return {
      id: i.id,
      kind: i.kind,
      number: i.number,
      tenantId: i.tenantId,
      recipientName: i.recipientName,
      period: i.period,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      status: i.status,
      supplementary: i.supplementary,
      subtotal: i.subtotal,
      tax: i.tax,
      total: i.total,
      amountPaid: i.amountPaid,
      amountCredited: i.amountCredited,
      taxSummary: i.taxSummary.map((e) => ({
        category: e.category,
        rate: e.rate,
        taxableAmount: e.taxableAmount,
        tax: e.tax,
        taxIncluded: e.taxIncluded === true,
        grossAmount: e.grossAmount ?? e.taxableAmount + e.tax,
      })),
      lines: i.lines?.map((l) => ({
        description: l.description,
        quantity: l.quantity.includes('.') ? l.quantity.replace(/\.?0+$/, '') : l.quantity,
        unit: l.unit,
        unitPrice: l.unitPrice,
        amount: l.amount,
        taxCategory: l.taxCategory,
        taxIncluded: l.taxIncluded,
        chargeKind: l.chargeKind,
        sourceType: l.sourceType,
        sourceId: l.sourceId,
      })),
      billingRunId: i.billingRunId,
      originalInvoiceId: i.originalInvoiceId,
      reason: i.reason,
      voidedAt: i.voidedAt ? i.voidedAt.toISOString() : null,
      voidReason: i.voidReason,
      replacedById: i.replacedById,
    };
  }
}

export class InvoicePageDto {
  @ApiProperty({ type: [InvoiceDto] }) items!: InvoiceDto[];
  @ApiProperty() total!: number;
}

export class DepositDeductionDto {
  @ApiProperty({ enum: ['restoration', 'deposit_amortization'], description: '原状回復 or 保証金償却 (both 10%)' })
  @IsIn(['restoration', 'deposit_amortization'], { message: 'kind must be restoration or deposit_amortization' })
  kind!: 'restoration' | 'deposit_amortization';
  @ApiPropertyOptional({ example: '原状回復費（クロス張替）' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  description?: string;
  @ApiProperty({ description: 'yen, tax-exclusive unless taxIncluded', minimum: 1 })
  @IsInt({ message: 'amount must be a whole number of yen' })
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() taxIncluded?: boolean;
}

/** POST /invoices/deposit-settlements: settle a deposit at exit. */
export class DepositSettlementInvoiceDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty({ example: '2027-03-31' }) @IsCalendarDate() settledOn!: string;
  @ApiProperty({ description: 'the deposit held (保証金), yen' })
  @IsInt({ message: 'depositHeld must be a whole number of yen' })
  @Min(0)
  @Max(1_000_000_000)
  depositHeld!: number;
  @ApiProperty({ type: [DepositDeductionDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DepositDeductionDto)
  deductions!: DepositDeductionDto[];
}

export class DepositSettlementResultDto {
  @ApiProperty({ type: InvoiceDto, description: 'the issued settlement document' }) invoice!: InvoiceDto;
  @ApiProperty({ description: 'still owed after the deposit' }) amountDue!: number;
  @ApiProperty({ description: 'returned to the tenant: the deposit less deductions and their tax' })
  refundAmount!: number;
}
