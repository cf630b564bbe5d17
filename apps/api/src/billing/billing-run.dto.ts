import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BillingRun, type BillingRunDiff } from '@tamago/billing';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';
import { IsBillingPeriod } from './billing-period.validator';

export class StartBillingRunDto {
  @ApiProperty({ example: '2027-04' }) @IsBillingPeriod() period!: string;
  @ApiPropertyOptional({ description: 'bill charges added after the period was issued' })
  @IsOptional()
  @IsBoolean()
  supplementary?: boolean;
}

export class IssueBillingRunDto {
  @ApiPropertyOptional({ description: 'defaults to today in the facility time zone' })
  @IsOptional()
  @IsCalendarDate()
  issueDate?: string;
}

export class BillingRunListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsBillingPeriod() period?: string;
}

export class BillingRunDiffDto {
  @ApiProperty() tenantId!: string;
  @ApiProperty() recipientName!: string;
  @ApiProperty({ enum: ['new', 'ended', 'changed'] }) change!: string;
  @ApiProperty({ nullable: true, type: Number }) previousTotal!: number | null;
  @ApiProperty({ nullable: true, type: Number }) total!: number | null;
}

export class IssuingWarningDto {
  @ApiProperty({ enum: ['legalName', 'registrationNumber', 'bankAccount'] }) field!: string;
  @ApiProperty() message!: string;
}

export class BillingRunDto {
  @ApiProperty() id!: string;
  @ApiProperty() period!: string;
  @ApiProperty() supplementary!: boolean;
  @ApiProperty({ enum: ['previewing', 'previewed', 'issuing', 'issued', 'failed'] }) status!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty() invoiceCount!: number;
  @ApiProperty() issuedCount!: number;
  @ApiProperty() subtotal!: number;
  @ApiProperty() tax!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [BillingRunDiffDto] }) differences!: BillingRunDiff[];
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({
    type: [IssuingWarningDto],
    description: 'settings missing before the run can be issued; issuing answers 409 while any is listed',
  })
  warnings!: IssuingWarningDto[];
  @ApiProperty({ nullable: true, type: String }) issueDate!: string | null;
  @ApiProperty() createdAt!: string;

  static from(r: BillingRun): BillingRunDto {
    return {
      id: r.id,
      period: r.period,
      supplementary: r.supplementary,
      status: r.status,
      progress: r.progress,
      invoiceCount: r.invoiceCount,
      issuedCount: r.issuedCount,
      subtotal: r.subtotal,
      tax: r.tax,
      total: r.total,
      differences: r.summary?.differences ?? [],
      error: r.summary?.error ?? null,
      warnings: r.summary?.warnings ?? [],
      issueDate: r.issueDate,
      createdAt: r.createdAt.toISOString(),
    };
  }
}

export class BillingRunPageDto {
  @ApiProperty({ type: [BillingRunDto] }) items!: BillingRunDto[];
  @ApiProperty() total!: number;
}
