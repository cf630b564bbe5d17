import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { TAX_CATEGORIES, TAX_ROUNDINGS, type BillingSettingsView, type TaxCategory } from '@tamago/billing';
import { IsAccountNumber, IsBankCode, IsBranchCode } from '../common/bank-account.validators';

export class BankAccountDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) bankName!: string;
  @ApiPropertyOptional() @IsOptional() @IsBankCode() bankCode?: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) branchName!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsBranchCode()
  branchCode?: string;
  @ApiProperty({ enum: ['ordinary', 'current', 'savings'] }) @IsIn(['ordinary', 'current', 'savings']) accountType!:
    'ordinary' | 'current' | 'savings';
  @ApiProperty() @IsAccountNumber() accountNumber!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) accountHolder!: string;
}

export class DueDateRuleDto {
  @ApiPropertyOptional({
    oneOf: [
      { type: 'string', enum: ['end_of_month'] },
      { type: 'integer', minimum: 1, maximum: 28 },
    ],
    description: "'end_of_month' or a day 1–28",
  })
  @IsOptional()
  @ValidateIf((o: DueDateRuleDto) => o.day !== 'end_of_month')
  @IsInt({ message: "day must be 'end_of_month' or a day from 1 to 28" })
  @Min(1)
  @Max(28)
  day?: 'end_of_month' | number;
  @ApiPropertyOptional({
    enum: [-1, 0, 1],
    description: '-1 = the month before (前月末払い), 0 = the billing month, 1 = the next month',
  })
  @IsOptional()
  @IsIn([-1, 0, 1])
  monthOffset?: -1 | 0 | 1;
  @ApiPropertyOptional({ enum: ['next', 'previous'] }) @IsOptional() @IsIn(['next', 'previous']) adjust?:
    'next' | 'previous';
}

export class UtilityUnitPriceDto {
  @ApiProperty({ example: 'electricity' })
  @Matches(/^[a-z][a-z0-9_]{0,31}$/, { message: 'kind must be a lower-case code' })
  kind!: string;
  @ApiProperty({ example: '電気料金' }) @IsString() @MinLength(1) @MaxLength(100) description!: string;
  @ApiProperty({ example: 'kWh' }) @IsString() @MinLength(1) @MaxLength(16) unit!: string;
  @ApiProperty({
    type: String,
    example: '31.52',
    description:
      'yen per unit, exact to 2 decimal places (a decimal string; a whole number is accepted); each line is floor(quantity × unitPrice)',
  })
  @ValidateIf((o: UtilityUnitPriceDto) => typeof o.unitPrice !== 'number')
  @Matches(/^\d{1,7}(\.\d{1,2})?$/, { message: 'unitPrice must be yen with up to 2 decimal places, e.g. 31.52' })
  unitPrice!: string | number;
  @ApiProperty({ enum: TAX_CATEGORIES }) @IsIn(TAX_CATEGORIES) taxCategory!: TaxCategory;
  @ApiPropertyOptional({ default: false, description: 'true: unitPrice is tax-included (内税)' })
  @IsOptional()
  @IsBoolean()
  taxIncluded?: boolean;
}

/** PATCH /facility: billing settings (every field optional; null clears). */
export class UpdateFacilitySettingsDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) legalName?:
    string | null;
  @ApiPropertyOptional({
    nullable: true,
    example: 'T7000012050002',
    description: 'T + 13 digits, check digit verified',
  })
  @IsOptional()
  @ValidateIf((o: UpdateFacilitySettingsDto) => o.registrationNumber !== null)
  @Matches(/^T\d{13}$/, { message: 'registrationNumber must be T followed by 13 digits' })
  registrationNumber?: string | null;
  @ApiPropertyOptional({ enum: TAX_ROUNDINGS }) @IsOptional() @IsIn(TAX_ROUNDINGS) taxRounding?: string;
  @ApiPropertyOptional({ type: BankAccountDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BankAccountDto)
  bankAccount?: BankAccountDto | null;
  @ApiPropertyOptional({
    example: 'INV-{YYYY}{MM}-{SEQ:5}',
    description: 'tokens {YYYY} {YY} {MM} (issue date) and {SEQ}/{SEQ:n} exactly once',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  invoiceNumberFormat?: string;
  @ApiPropertyOptional({ type: DueDateRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DueDateRuleDto)
  dueDateRule?: DueDateRuleDto;
  @ApiPropertyOptional({ type: [UtilityUnitPriceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => UtilityUnitPriceDto)
  utilityUnitPrices?: UtilityUnitPriceDto[];
  @ApiPropertyOptional({ minimum: 1, maximum: 12, default: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth?: number;
  @ApiPropertyOptional({
    default: true,
    description:
      'false: not a registered qualified-invoice issuer; documents are titled 請求書 (never 適格) and need no registration number',
  })
  @IsOptional()
  @IsBoolean()
  qualifiedInvoiceIssuer?: boolean;
  @ApiPropertyOptional({ nullable: true, example: '東京都千代田区丸の内1-1-1' })
  @IsOptional()
  @ValidateIf((o: UpdateFacilitySettingsDto) => o.issuerAddress !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  issuerAddress?: string | null;
  @ApiPropertyOptional({ nullable: true, example: '03-1234-5678' })
  @IsOptional()
  @ValidateIf((o: UpdateFacilitySettingsDto) => o.issuerPhone !== null)
  @Matches(/^[0-9+\-() ]{6,40}$/, { message: 'issuerPhone must be a telephone number' })
  issuerPhone?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'company seal (角印) as a base64 PNG, at most 200 KB' })
  @IsOptional()
  @ValidateIf((o: UpdateFacilitySettingsDto) => o.issuerSealPng !== null)
  @IsBase64({}, { message: 'issuerSealPng must be base64' })
  @MaxLength(280_000)
  issuerSealPng?: string | null;
}

/** The billing part of GET /facility. */
export class FacilityBillingDto {
  @ApiProperty({ nullable: true, type: String }) legalName!: string | null;
  @ApiProperty({ description: 'name printed as issuer: legalName or the facility name' }) issuerName!: string;
  @ApiProperty({ nullable: true, type: String }) registrationNumber!: string | null;
  @ApiProperty({ enum: TAX_ROUNDINGS }) taxRounding!: string;
  @ApiProperty({ type: BankAccountDto, nullable: true }) bankAccount!: BankAccountDto | null;
  @ApiProperty() invoiceNumberFormat!: string;
  @ApiProperty({ type: DueDateRuleDto }) dueDateRule!: DueDateRuleDto;
  @ApiProperty({ type: [UtilityUnitPriceDto] }) utilityUnitPrices!: UtilityUnitPriceDto[];
  @ApiProperty() fiscalYearStartMonth!: number;
  @ApiProperty() qualifiedInvoiceIssuer!: boolean;
  @ApiProperty({ nullable: true, type: String }) issuerAddress!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuerPhone!: string | null;
  @ApiProperty({ nullable: true, type: String }) issuerSealPng!: string | null;

  static from(s: BillingSettingsView): FacilityBillingDto {
    const { facilityId: _f, ...rest } = s;
    return rest;
  }
}
