import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
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
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ADVISOR_KINDS, Advisor, AdvisorKind } from '@tamago/support';
import { PageQueryDto } from '../common/list-query.dto';
import { OptionalPageQueryDto } from '../common/in-memory-page';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export class WeeklySlotDto {
  @ApiProperty({ description: '1 = Monday … 7 = Sunday' }) @IsInt() @Min(1) @Max(7) weekday!: number;
  @ApiProperty({ example: '13:00' }) @Matches(HH_MM, { message: 'start must be HH:MM' }) start!: string;
  @ApiProperty({ example: '17:00' }) @Matches(HH_MM, { message: 'end must be HH:MM' }) end!: string;
}

export class FreeSlotDto {
  @ApiProperty({ example: '2027-06-01T10:00:00+09:00' }) @IsString() startsAt!: string;
  @ApiProperty({ example: '2027-06-01T12:00:00+09:00' }) @IsString() endsAt!: string;
}

export class AvailabilityDto {
  @ApiProperty({ type: [WeeklySlotDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  weekly!: WeeklySlotDto[];
  @ApiProperty({ type: [FreeSlotDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => FreeSlotDto)
  slots!: FreeSlotDto[];
}

export class CreateAdvisorDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: ADVISOR_KINDS }) @IsIn(ADVISOR_KINDS) kind!: AdvisorKind;
  @ApiPropertyOptional({ nullable: true, description: 'a partner organisation of the facility' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: "the advisor's own staff login" })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['IoT', '省エネ'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  expertise?: string[];
  @ApiPropertyOptional({ type: AvailabilityDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AvailabilityDto)
  availability?: AvailabilityDto;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateAdvisorDto extends PartialType(CreateAdvisorDto) {}

export class AdvisorListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) expertise?: string;
  @ApiPropertyOptional({ enum: ADVISOR_KINDS }) @IsOptional() @IsIn(ADVISOR_KINDS) kind?: AdvisorKind;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class AdvisorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ADVISOR_KINDS }) kind!: AdvisorKind;
  @ApiProperty({ nullable: true, type: String }) organizationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ type: [String] }) expertise!: string[];
  @ApiProperty({ type: AvailabilityDto }) availability!: AvailabilityDto;
  @ApiProperty() active!: boolean;

  static from(a: Advisor): AdvisorView {
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      organizationId: a.organizationId,
      userId: a.userId,
      email: a.email,
      expertise: a.expertise,
      availability: a.availability,
      active: a.active,
    };
  }
}

export class AdvisorPageView {
  @ApiProperty({ type: [AdvisorView] }) items!: AdvisorView[];
  @ApiProperty() total!: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The range asked for: local dates (facility time zone), at most 31 days, and the slot length. */
export class FreeSlotsQueryDto extends OptionalPageQueryDto {
  @ApiProperty({ example: '2027-06-01', description: 'first local date (facility time zone)' })
  @Matches(ISO_DATE, { message: 'from must be a date written YYYY-MM-DD' })
  from!: string;
  @ApiProperty({ example: '2027-06-30', description: 'last local date, inclusive; at most 31 days in all' })
  @Matches(ISO_DATE, { message: 'to must be a date written YYYY-MM-DD' })
  to!: string;
  @ApiPropertyOptional({ default: 60, minimum: 15, maximum: 240, description: 'a multiple of 15' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'durationMinutes must be a whole number' })
  @Min(15)
  @Max(240)
  durationMinutes?: number;
}

export class OpenSlotView {
  @ApiProperty({
    format: 'date-time',
    example: '2027-06-07T01:00:00.000Z',
    description: 'UTC, like every instant answered',
  })
  startsAt!: string;
  @ApiProperty({ format: 'date-time', example: '2027-06-07T02:00:00.000Z' }) endsAt!: string;
}

export class FreeSlotsView {
  @ApiProperty() advisorId!: string;
  @ApiProperty({ example: 'Asia/Tokyo' }) timeZone!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ type: [OpenSlotView] }) items!: OpenSlotView[];
  @ApiProperty() total!: number;
}
