import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/list-query.dto';

export class TimelineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'comma-separated kinds, e.g. lease,referral', type: String })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  kinds?: string[];
}

export class TimelineRefDto {
  @ApiProperty() type!: string;
  @ApiProperty() id!: string;
}

export class TimelineItemDto {
  @ApiProperty() at!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ description: 'Japanese (the product language)', example: '入居契約 開始 A-101' }) title!: string;
  @ApiProperty({ description: 'the same title in English', example: 'Lease started A-101' }) titleEn!: string;
  @ApiPropertyOptional() detail?: string;
  @ApiProperty() staffOnly!: boolean;
  @ApiProperty({ type: TimelineRefDto }) ref!: TimelineRefDto;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] }) items!: TimelineItemDto[];
  @ApiProperty() total!: number;
}
