import { IsCalendarDate } from '../common/calendar-date.validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  ValidateIf,
} from 'class-validator';
import { RoomType, SPACE_STATUSES, Space, SpaceStatus } from '@tamago/spaces';
import { PageQueryDto } from '../common/list-query.dto';

const MAX_YEN = 100_000_000;

export class RoomTypeDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() nameJa!: string;
  @ApiProperty() nameEn!: string;

  static from(t: RoomType): RoomTypeDto {
    return { id: t.id, code: t.code, nameJa: t.nameJa, nameEn: t.nameEn };
  }
}

export class CreateRoomTypeDto {
  @ApiProperty({ example: 'wet_lab' })
  @Matches(/^[a-z0-9_-]{1,32}$/, {
    message: 'code must be 1-32 lower-case letters, digits, _ or -',
  })
  code!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) nameJa!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) nameEn!: string;
}

export class UpdateRoomTypeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameJa?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameEn?: string;
}

export class SpaceOptionalFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  building?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(16)
  floor?: string;
  @ApiPropertyOptional({ description: 'room-type id (or give `type`)' })
  @IsOptional()
  @IsUUID('all', { message: 'typeId must be a UUID' })
  typeId?: string;
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_YEN)
  commonAreaFee?: number;
  @ApiPropertyOptional({ enum: SPACE_STATUSES })
  @IsOptional()
  @IsIn(SPACE_STATUSES)
  status?: SpaceStatus;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  equipment?: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'combinableWith must hold space ids' })
  combinableWith?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** Areas may come as 63.25 or "63.25"; both are checked as text, never as a float. */
const areaText = Transform(({ value }) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value,
);

const AREA_MESSAGE = 'areaSqm must be a non-negative area in m² with at most two decimals';

export class CreateSpaceDto extends SpaceOptionalFieldsDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(32) code!: string;
  @ApiPropertyOptional({ description: 'room-type code (or give `typeId`)' })
  @ValidateIf((o: CreateSpaceDto) => o.typeId === undefined)
  @IsString({ message: 'type (a room-type code) or typeId is required' })
  @MaxLength(32)
  type?: string;
  @ApiProperty({
    example: '63.00',
    description: 'm², two decimals; a string or a number',
  })
  @areaText
  @Matches(/^\d{1,8}(\.\d{1,2})?$/, { message: AREA_MESSAGE })
  areaSqm!: string;
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_YEN)
  monthlyRent!: number;
}

export class UpdateSpaceDto extends SpaceOptionalFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) type?: string;
  @ApiPropertyOptional({ example: '63.00' })
  @IsOptional()
  @areaText
  @Matches(/^\d{1,8}(\.\d{1,2})?$/, { message: AREA_MESSAGE })
  areaSqm?: string;
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_YEN)
  monthlyRent?: number;
}

const SORTS = ['code', '-code', 'areaSqm', '-areaSqm', 'monthlyRent', '-monthlyRent'];

export class SpaceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'search in code' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  q?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'typeId must be a UUID' })
  typeId?: string;
  @ApiPropertyOptional({ description: 'room-type code' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  type?: string;
  @ApiPropertyOptional({
    enum: SPACE_STATUSES,
    description:
      'vacant and occupied are judged from the signed leases on asOf (a room let from that day is occupied); reserved and out_of_service are the stored status',
  })
  @IsOptional()
  @IsIn(SPACE_STATUSES)
  status?: SpaceStatus;
  @ApiPropertyOptional({
    example: '2026-04-01',
    description: 'the day vacancy is judged on; default: today in the facility',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  building?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(16)
  floor?: string;
  @ApiPropertyOptional({ enum: SORTS })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export class SpaceDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ nullable: true }) building!: string | null;
  @ApiProperty({ nullable: true }) floor!: string | null;
  @ApiProperty({ description: 'room-type code' }) type!: string | null;
  @ApiProperty() typeId!: string;
  @ApiProperty({ example: '63.00', description: 'm² as a decimal string' })
  areaSqm!: string;
  @ApiProperty() monthlyRent!: number;
  @ApiProperty() commonAreaFee!: number;
  @ApiProperty({
    enum: SPACE_STATUSES,
    description:
      'reserved / out_of_service as stored; otherwise occupied when a signed lease holds the room on the day asked (today by default), else vacant',
  })
  status!: string;
  @ApiProperty({ type: [String] }) equipment!: string[];
  @ApiProperty({ type: [String] }) combinableWith!: string[];
  @ApiProperty({ nullable: true }) notes!: string | null;

  /** `letIds`: the spaces let on the day asked; without it the stored status is answered. */
  static from(s: Space, letIds?: ReadonlySet<string>): SpaceDto {
    const status =
      letIds && s.status !== 'reserved' && s.status !== 'out_of_service'
        ? letIds.has(s.id)
          ? 'occupied'
          : 'vacant'
        : s.status;
    return {
      id: s.id,
      code: s.code,
      building: s.building,
      floor: s.floor,
      type: s.type?.code ?? null,
      typeId: s.typeId,
      areaSqm: s.areaSqm,
      monthlyRent: s.monthlyRent,
      commonAreaFee: s.commonAreaFee,
      status,
      equipment: s.equipment,
      combinableWith: s.combinableWith,
      notes: s.notes,
    };
  }
}

export class SpacePageDto {
  @ApiProperty({ type: [SpaceDto] }) items!: SpaceDto[];
  @ApiProperty() total!: number;
}
