import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
} from 'class-validator';
import {
  MAX_PAYMENT_YEN,
  PAYMENT_METHODS,
  Payment,
  PaymentAllocation,
  PaymentDetail,
  PaymentMethod,
} from '@tamago/payments';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const AMOUNT_MESSAGE = `amount must be a whole number of yen from 1 to ${MAX_PAYMENT_YEN}`;

export class CreatePaymentDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty({ minimum: 1, maximum: MAX_PAYMENT_YEN, description: 'integer yen' })
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  @Max(MAX_PAYMENT_YEN, { message: AMOUNT_MESSAGE })
  amount!: number;
  @ApiProperty({ example: '2026-04-30' }) @IsCalendarDate() paidOn!: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) @IsIn(PAYMENT_METHODS) method!: PaymentMethod;
  @ApiPropertyOptional({ type: [String], description: 'pay exactly these invoices, in this order' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'invoiceIds must hold UUIDs' })
  invoiceIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class RefundDto {
  @ApiProperty({ minimum: 1, maximum: MAX_PAYMENT_YEN })
  @IsInt({ message: AMOUNT_MESSAGE })
  @Min(1, { message: AMOUNT_MESSAGE })
  @Max(MAX_PAYMENT_YEN, { message: AMOUNT_MESSAGE })
  amount!: number;
  @ApiProperty({ example: '2026-05-10' }) @IsCalendarDate() refundedOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class ApplyCreditDto {
  @ApiProperty({ example: '2026-05-01', description: 'date the credit is applied' }) @IsCalendarDate() on!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'invoiceIds must hold UUIDs' })
  invoiceIds?: string[];
}

export class PaymentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional({ enum: PAYMENT_METHODS }) @IsOptional() @IsIn(PAYMENT_METHODS) method?: PaymentMethod;
  @ApiPropertyOptional({ enum: ['payment', 'refund'] }) @IsOptional() @IsIn(['payment', 'refund']) kind?:
    'payment' | 'refund';
  @ApiPropertyOptional({ enum: ['manual', 'bank_credit', 'direct_debit'] })
  @IsOptional()
  @IsIn(['manual', 'bank_credit', 'direct_debit'])
  source?: 'manual' | 'bank_credit' | 'direct_debit';
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() to?: string;
}

export class AllocationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String }) invoiceId!: string | null;
  @ApiProperty({ enum: ['invoice', 'bank_fee', 'credit'] }) kind!: string;
  @ApiProperty({ enum: ['payment', 'refund', 'credit_use'] }) event!: string;
  @ApiProperty() amount!: number;
  @ApiProperty() effectiveOn!: string;

  static from(a: PaymentAllocation): AllocationDto {
    return {
      id: a.id,
      invoiceId: a.invoiceId,
      kind: a.kind,
      event: a.event,
      amount: a.amount,
      effectiveOn: a.effectiveOn,
    };
  }
}

export class PaymentDto {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty({ enum: ['payment', 'refund'] }) kind!: string;
  @ApiProperty({ description: 'integer yen; negative for a refund' }) amount!: number;
  @ApiProperty() paidOn!: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) method!: string;
  @ApiProperty({ enum: ['manual', 'bank_credit', 'direct_debit'] }) source!: string;
  @ApiProperty({ nullable: true, type: String }) refundOfId!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: [AllocationDto] }) allocations?: AllocationDto[];
  @ApiPropertyOptional({ description: 'credit balance left by this payment (net of its refunds)' })
  creditAmount?: number;
  @ApiPropertyOptional({ type: [String] }) refundIds?: string[];

  static from(p: Payment): PaymentDto {
    return {
      id: p.id,
      tenantId: p.tenantId,
      kind: p.kind,
      amount: p.amount,
      paidOn: p.paidOn,
      method: p.method,
      source: p.source,
      refundOfId: p.refundOfId,
      note: p.note,
      createdAt: p.createdAt.toISOString(),
    };
  }

  static detail(d: PaymentDetail): PaymentDto {
    return {
      ...PaymentDto.from(d.payment),
      allocations: d.allocations.map(AllocationDto.from),
      creditAmount: d.allocations.filter((a) => a.kind === 'credit').reduce((s, a) => s + a.amount, 0),
      refundIds: d.refunds.map((r) => r.id),
    };
  }
}

export class PaymentPageDto {
  @ApiProperty({ type: [PaymentDto] }) items!: PaymentDto[];
  @ApiProperty() total!: number;
}

export class StatementRangeDto {
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() to?: string;
}
