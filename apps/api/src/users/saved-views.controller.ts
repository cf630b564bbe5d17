import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Actor, SAVED_VIEW_LISTS, SavedView, SavedViewList, SavedViewsService } from '@tamago/identity';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { InMemoryPage, OptionalPageQueryDto } from '../common/in-memory-page';

export class SavedViewListQueryDto extends OptionalPageQueryDto {
  @ApiProperty({ enum: SAVED_VIEW_LISTS })
  @IsIn(SAVED_VIEW_LISTS)
  list!: SavedViewList;
}

export class SaveViewDto {
  @ApiProperty({ enum: SAVED_VIEW_LISTS })
  @IsIn(SAVED_VIEW_LISTS)
  list!: SavedViewList;

  @ApiProperty({ minLength: 1, maxLength: 60, example: '審査中の入居企業' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "the list's search state (filters, sort) as the web app keeps it in the URL; at most 4,000 characters",
  })
  @IsObject()
  search!: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String], nullable: true, description: 'column ids shown, in order (null: defaults)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { each: true })
  columns?: string[] | null;
}

export class SavedViewDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SAVED_VIEW_LISTS }) list!: SavedViewList;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) search!: Record<string, unknown>;
  @ApiProperty({ type: [String], nullable: true }) columns!: string[] | null;
  @ApiProperty() updatedAt!: string;

  static from(v: SavedView): SavedViewDto {
    return {
      id: v.id,
      list: v.list,
      name: v.name,
      search: v.search,
      columns: v.columns,
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class SavedViewListDto {
  @ApiProperty({ type: [SavedViewDto] }) items!: SavedViewDto[];
}

/** The signed-in staff user's saved views of the tenants and invoices lists. */
@ApiTags('me')
@ApiBearerAuth()
@Roles(...STAFF)
@Controller('me/saved-views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @InMemoryPage({ inQueryDto: true })
  @ApiOkResponse({ type: SavedViewListDto })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() { list }: SavedViewListQueryDto,
  ): Promise<SavedViewListDto> {
    const rows = await this.views.list(facilityId, actor.userId, list);
    return { items: rows.map(SavedViewDto.from) };
  }

  @Put()
  @ApiOkResponse({ type: SavedViewDto, description: 'saved under its name (a view of the same name is replaced)' })
  async save(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: SaveViewDto,
  ): Promise<SavedViewDto> {
    return SavedViewDto.from(await this.views.save(facilityId, actor.userId, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "another user's view is not found" })
  async remove(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<void> {
    await this.views.remove(facilityId, actor.userId, id);
  }
}
