import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CONTACT_ROLES,
  ContactRole,
  TENANT_KINDS,
  TENANT_STATUSES,
  Tenant,
  TenantKind,
  TenantStatus,
} from '@tamago/tenants';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

export class ContactDto {
  @ApiProperty({ enum: CONTACT_ROLES }) @IsIn(CONTACT_ROLES) role!: ContactRole;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameKana?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;
}

/** Fields a tenant's own users may change too. */
export class TenantOwnedFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representative?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  industry?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  employees?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'website must be a URL starting with http(s)://' })
  @MaxLength(500)
  website?: string;
  @ApiPropertyOptional({ type: [ContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];
}

export class StaffFieldsDto extends TenantOwnedFieldsDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  tradeName?: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description: '13 digits; full-width digits and hyphens are accepted',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  corporateNumber?: string | null;
  @ApiPropertyOptional({ example: '2019-04-01' })
  @IsOptional()
  @IsCalendarDate()
  foundedOn?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a UUID' })
  managerId?: string | null;
}

export class UpdateTenantDto extends StaffFieldsDto {
  @ApiPropertyOptional({ enum: TENANT_KINDS })
  @IsOptional()
  @IsIn(TENANT_KINDS)
  kind?: TenantKind;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
  @ApiPropertyOptional({ description: 'full-width katakana' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameKana?: string;
}

export class CreateTenantDto extends StaffFieldsDto {
  @ApiProperty({ enum: TENANT_KINDS }) @IsIn(TENANT_KINDS) kind!: TenantKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ description: 'full-width katakana' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameKana!: string;
  @ApiPropertyOptional({
    enum: TENANT_STATUSES,
    description: 'to onboard existing tenants; default applicant',
  })
  @IsOptional()
  @IsIn(TENANT_STATUSES)
  status?: TenantStatus;
  @ApiPropertyOptional({ description: 'entry date when onboarded as active' })
  @IsOptional()
  @IsCalendarDate()
  enteredOn?: string;
}

export class TenantGraduationDto {
  @ApiProperty() graduatedOn!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String }) destination!: string | null;
}

export class TenantWithdrawalDto {
  @ApiProperty() withdrawnOn!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class ScreeningReviewDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) reviewer!: string;
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) comment!: string;
}

export class TenantTransitionDto {
  @ApiProperty({ enum: TENANT_STATUSES })
  @IsIn(TENANT_STATUSES)
  to!: TenantStatus;
  @ApiPropertyOptional({ type: [ScreeningReviewDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScreeningReviewDto)
  reviews?: ScreeningReviewDto[];
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() decidedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() enteredOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() graduatedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() withdrawnOn?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  destination?: string;
}

const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'status', 'enteredOn', '-enteredOn'];

export class TenantListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'search in name, kana and trade name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: TENANT_STATUSES })
  @IsOptional()
  @IsIn(TENANT_STATUSES)
  status?: TenantStatus;
  @ApiPropertyOptional({ enum: TENANT_KINDS })
  @IsOptional()
  @IsIn(TENANT_KINDS)
  kind?: TenantKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a UUID' })
  managerId?: string;
  @ApiPropertyOptional({ description: 'true lists archived tenants instead' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  archived?: boolean;
  @ApiPropertyOptional({ enum: SORTS })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export class ContactViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() role!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true }) nameKana!: string | null;
  @ApiProperty({ nullable: true }) email!: string | null;
  @ApiProperty({ nullable: true }) phone!: string | null;
}

export class TenantDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: TENANT_KINDS }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty() nameKana!: string;
  @ApiProperty({ nullable: true }) tradeName!: string | null;
  @ApiProperty({ nullable: true }) corporateNumber!: string | null;
  @ApiProperty({ nullable: true }) representative!: string | null;
  @ApiProperty({ nullable: true }) address!: string | null;
  @ApiProperty({ nullable: true }) industry!: string | null;
  @ApiProperty({ nullable: true }) foundedOn!: string | null;
  @ApiProperty({ nullable: true }) employees!: number | null;
  @ApiProperty({ nullable: true }) website!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ nullable: true }) managerId!: string | null;
  /** the manager's display name (staff of the facility) */
  @ApiProperty({ nullable: true, type: String }) managerName!: string | null;
  @ApiProperty({ enum: TENANT_STATUSES }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) screening!: unknown;
  @ApiProperty({ nullable: true }) enteredOn!: string | null;
  @ApiProperty({ type: () => TenantGraduationDto, nullable: true }) graduation!: TenantGraduationDto | null;
  @ApiProperty({ type: () => TenantWithdrawalDto, nullable: true }) withdrawal!: TenantWithdrawalDto | null;
  @ApiProperty({ nullable: true }) archivedAt!: string | null;
  @ApiProperty({ type: [ContactViewDto] }) contacts!: ContactViewDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(t: Tenant): TenantDto {
    return {
      id: t.id,
      kind: t.kind,
      name: t.name,
      nameKana: t.nameKana,
      tradeName: t.tradeName,
      corporateNumber: t.corporateNumber,
      representative: t.representative,
      address: t.address,
      industry: t.industry,
      foundedOn: t.foundedOn,
      employees: t.employees,
      website: t.website,
      tags: t.tags,
      managerId: t.managerId,
      managerName: t.managerName ?? null,
      status: t.status,
      screening: t.screening,
      enteredOn: t.enteredOn,
      graduation: t.graduatedOn
        ? {
            graduatedOn: t.graduatedOn,
            reason: t.graduationReason,
            destination: t.graduationDestination,
          }
        : null,
      withdrawal: t.withdrawnOn ? { withdrawnOn: t.withdrawnOn, reason: t.withdrawalReason } : null,
      archivedAt: t.archivedAt?.toISOString() ?? null,
      contacts: (t.contacts ?? []).map((c) => ({
        id: c.id,
        role: c.role,
        name: c.name,
        nameKana: c.nameKana,
        email: c.email,
        phone: c.phone,
      })),
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    };
  }
}

export class TenantPageDto {
  @ApiProperty({ type: [TenantDto] }) items!: TenantDto[];
  @ApiProperty() total!: number;
}
