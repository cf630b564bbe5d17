import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
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

/** A colleague's name beside its id (the staff directory): nothing an administrator alone may read. */
export class StaffNameDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty({ description: 'false for invited or deactivated staff' }) active!: boolean;
}

export class StaffNamePageDto {
  @ApiProperty({ type: [StaffNameDto] }) items!: StaffNameDto[];
  @ApiProperty() total!: number;
}

export class StaffDirectoryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'comma-separated user ids to resolve at once (at most 200), e.g. the managerIds of a page',
    type: String,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : value,
  )
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'search in names' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
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
