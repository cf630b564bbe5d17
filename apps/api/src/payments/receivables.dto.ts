import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
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
import {
  BANK_CREDIT_STATUSES,
  BANK_REVERSAL_STATUSES,
  BankCreditStatus,
  BankReversalStatus,
  MANDATE_STATUSES,
  MandateStatus,
} from '@tamago/payments';
import { IsAccountNumber, IsBankCode, IsBranchCode } from '../common/bank-account.validators';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

export class PayerAliasDto {
  @ApiProperty({ example: 'ﾔﾏﾀﾞ ﾀﾛｳ', description: 'another name transfers arrive under (any kana width)' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  alias!: string;
}

export class AliasParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @IsUUID('all', { message: 'aliasId must be a UUID' }) aliasId!: string;
}

export class BankUploadQueryDto {
  @ApiPropertyOptional({ enum: ['zengin', 'csv'], description: 'detected from the content when absent' })
  @IsOptional()
  @IsIn(['zengin', 'csv'])
  format?: 'zengin' | 'csv';
  @ApiPropertyOptional({ enum: ['reiwa', 'gregorian'], description: 'era of Zengin YYMMDD dates (default reiwa)' })
  @IsOptional()
  @IsIn(['reiwa', 'gregorian'])
  era?: 'reiwa' | 'gregorian';
}

export class BankCreditListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BANK_CREDIT_STATUSES })
  @IsOptional()
  @IsIn(BANK_CREDIT_STATUSES)
  status?: BankCreditStatus;
}

export class BankReversalListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BANK_REVERSAL_STATUSES, description: 'unmatched: reversals a person must link' })
  @IsOptional()
  @IsIn(BANK_REVERSAL_STATUSES)
  status?: BankReversalStatus;
}

export class MatchCreditDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'invoiceIds must hold UUIDs' })
  invoiceIds?: string[];
  @ApiPropertyOptional({ description: 'record the shortfall against the invoices as the bank fee the payer deducted' })
  @IsOptional()
  @IsBoolean()
  acceptShortAsFee?: boolean;
}

export class JournalAccountsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) receivable?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) rent?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) commonAreaFee?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) utility?: string;
  @ApiPropertyOptional({ description: '保証金 (a liability)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  deposit?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) reimbursement?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) restoration?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) depositAmortization?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) otherIncome?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) salesDiscount?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) bank?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) cash?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) taxReceived?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) bankFee?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(40) advanceReceived?: string;
}

export class UpdateDebitSettingsDto {
  @ApiPropertyOptional({ example: '1234567890' })
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: 'consignorCode must be 1–10 digits' })
  consignorCode?: string;
  @ApiPropertyOptional({ example: 'ﾀﾏｺﾞｲﾝｷﾕﾍﾞｰｼﾖﾝｾﾝﾀｰ' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  consignorName?: string;
  @ApiPropertyOptional() @IsOptional() @IsBankCode() bankCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) bankName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBranchCode()
  branchCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) branchName?: string;
  @ApiPropertyOptional({ enum: ['ordinary', 'current'] })
  @IsOptional()
  @IsIn(['ordinary', 'current'])
  accountType?: 'ordinary' | 'current';
  @ApiPropertyOptional()
  @IsOptional()
  @IsAccountNumber()
  accountNumber?: string;
  @ApiPropertyOptional({ type: [Number], example: [7, 21, 45] })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(3650, { each: true })
  dunningDays?: number[];
  @ApiPropertyOptional({ description: 'largest shortfall accepted automatically as a bank fee (yen)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  bankFeeTolerance?: number;
  @ApiPropertyOptional({ type: JournalAccountsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => JournalAccountsDto)
  journalAccounts?: JournalAccountsDto;
  @ApiPropertyOptional({
    enum: ['service_period', 'issue_date'],
    description: 'service_period: advance billing to 前受金, revenue in its month; issue_date: revenue on issue',
  })
  @IsOptional()
  @IsIn(['service_period', 'issue_date'])
  revenueRecognition?: 'service_period' | 'issue_date';
  @ApiPropertyOptional({
    enum: ['bank_fee', 'sales_discount'],
    description: 'a deducted transfer fee as 支払手数料 or 売上値引',
  })
  @IsOptional()
  @IsIn(['bank_fee', 'sales_discount'])
  transferFeeTreatment?: 'bank_fee' | 'sales_discount';
}

export class CreateMandateDto {
  @ApiProperty() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId!: string;
  @ApiProperty({ example: '0001' }) @IsBankCode() bankCode!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) bankName?: string;
  @ApiProperty({ example: '123' }) @IsBranchCode() branchCode!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) branchName?: string;
  @ApiProperty({ enum: ['ordinary', 'current'], description: '1 普通 / 2 当座' })
  @IsIn(['ordinary', 'current'])
  accountType!: 'ordinary' | 'current';
  @ApiProperty({ example: '1234567' })
  @IsAccountNumber()
  accountNumber!: string;
  @ApiProperty({ example: 'ケンショウセイキ(カ' }) @IsString() @MinLength(1) @MaxLength(60) holderName!: string;
  @ApiProperty({ example: '00000000000000000001' })
  @Matches(/^\d{1,20}$/, { message: 'customerNumber must be 1–20 digits' })
  customerNumber!: string;
  @ApiPropertyOptional({ enum: MANDATE_STATUSES }) @IsOptional() @IsIn(MANDATE_STATUSES) status?: MandateStatus;
}

export class UpdateMandateDto {
  @ApiPropertyOptional() @IsOptional() @IsBankCode() bankCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) bankName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBranchCode()
  branchCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(15) branchName?: string;
  @ApiPropertyOptional({ enum: ['ordinary', 'current'] })
  @IsOptional()
  @IsIn(['ordinary', 'current'])
  accountType?: 'ordinary' | 'current';
  @ApiPropertyOptional()
  @IsOptional()
  @IsAccountNumber()
  accountNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(60) holderName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'customerNumber must be 1–20 digits' })
  customerNumber?: string;
  @ApiPropertyOptional({ enum: MANDATE_STATUSES }) @IsOptional() @IsIn(MANDATE_STATUSES) status?: MandateStatus;
}

export class MandateListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'tenantId must be a UUID' }) tenantId?: string;
  @ApiPropertyOptional({ enum: MANDATE_STATUSES }) @IsOptional() @IsIn(MANDATE_STATUSES) status?: MandateStatus;
}

export class CreateDebitBatchDto {
  @ApiProperty({ example: '2026-04-27' }) @IsCalendarDate() debitDate!: string;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2026-06-30', description: 'default: today in Asia/Tokyo' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class JournalQueryDto {
  @ApiProperty({ example: '2026-04' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be YYYY-MM with a month from 01 to 12' })
  period!: string;
  @ApiPropertyOptional({ enum: ['yayoi', 'generic'], default: 'generic' })
  @IsOptional()
  @IsIn(['yayoi', 'generic'])
  format?: 'yayoi' | 'generic';
}

export class TrialBalanceQueryDto {
  @ApiProperty({ example: '2027-04' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be YYYY-MM with a month from 01 to 12' })
  period!: string;
}

export class TrialBalanceRowDto {
  @ApiProperty({ example: '売掛金' }) account!: string;
  @ApiProperty({ description: 'debit total of the month (yen)' }) debit!: number;
  @ApiProperty({ description: 'credit total of the month (yen)' }) credit!: number;
}

/** A month's 合計試算表, tax-exclusive (税抜経理), from the same entries as the journal export. */
export class TrialBalanceDto {
  @ApiProperty({ example: '2027-04' }) period!: string;
  @ApiProperty({ enum: ['service_period', 'issue_date'] }) revenueRecognition!: string;
  @ApiProperty({ type: [TrialBalanceRowDto] }) rows!: TrialBalanceRowDto[];
  @ApiProperty({ description: 'total debits; always equal to credit' }) debit!: number;
  @ApiProperty() credit!: number;
}
