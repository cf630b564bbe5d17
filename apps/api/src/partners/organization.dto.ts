import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ORGANIZATION_KINDS, OrganizationKind, PartnerOrganization } from '@tamago/partners';
import { PageQueryDto } from '../common/list-query.dto';

export class OrganizationContactDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) role?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(32) phone?: string | null;
}

export class CreateOrganizationDto {
  @ApiProperty({ enum: ORGANIZATION_KINDS }) @IsIn(ORGANIZATION_KINDS) kind!: OrganizationKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ type: [OrganizationContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OrganizationContactDto)
  contacts?: OrganizationContactDto[];
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string | null;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto) {}

export class OrganizationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'search in name and notes' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS }) @IsOptional() @IsIn(ORGANIZATION_KINDS) kind?: OrganizationKind;
}

export class OrganizationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [OrganizationContactDto] }) contacts!: OrganizationContactDto[];
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(o: PartnerOrganization): OrganizationDto {
    return {
      id: o.id,
      kind: o.kind,
      name: o.name,
      contacts: o.contacts,
      notes: o.notes,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items!: OrganizationDto[];
  @ApiProperty() total!: number;
}
