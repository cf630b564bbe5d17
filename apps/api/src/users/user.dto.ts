import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role, User } from '@tamago/identity';
import { PageQueryDto } from '../common/list-query.dto';

const ASSIGNABLE = Object.values(Role).filter((r) => r !== Role.PlatformOperator);

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: ['invited', 'active', 'deactivated'] }) status!: string;
  @ApiProperty({ nullable: true }) facilityId!: string | null;
  @ApiProperty({ nullable: true }) tenantId!: string | null;
  @ApiProperty() locale!: string;
  @ApiProperty({ nullable: true }) lastLoginAt!: string | null;
  @ApiProperty() createdAt!: string;

  /** The public view of a user: never the hash or lock counters. */
  static from(u: User): UserDto {
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      roles: u.roles,
      status: u.status,
      facilityId: u.facilityId,
      tenantId: u.tenantId,
      locale: u.locale,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty() total!: number;
}

export class InviteUserDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ASSIGNABLE, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ASSIGNABLE, { each: true, message: `each role must be one of ${ASSIGNABLE.join(', ')}` })
  roles!: Role[];

  @ApiPropertyOptional({ description: 'required for tenant roles' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @ApiPropertyOptional({ enum: ['ja', 'en'] })
  @IsOptional()
  @IsIn(['ja', 'en'])
  locale?: 'ja' | 'en';
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ enum: ASSIGNABLE, isArray: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ASSIGNABLE, { each: true, message: `each role must be one of ${ASSIGNABLE.join(', ')}` })
  roles?: Role[];

  @ApiPropertyOptional({ enum: ['ja', 'en'] })
  @IsOptional()
  @IsIn(['ja', 'en'])
  locale?: 'ja' | 'en';
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'search in name and email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ enum: ['invited', 'active', 'deactivated'] })
  @IsOptional()
  @IsIn(['invited', 'active', 'deactivated'])
  status?: 'invited' | 'active' | 'deactivated';

  @ApiPropertyOptional({ enum: ['name', '-name', 'email', '-email', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['name', '-name', 'email', '-email', 'createdAt', '-createdAt'])
  sort?: 'name' | '-name' | 'email' | '-email' | 'createdAt' | '-createdAt';
}

export class UpdateMeDto {
  @ApiProperty({ enum: ['ja', 'en'] })
  @IsIn(['ja', 'en'])
  locale!: 'ja' | 'en';
}
