import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChargeService } from '@tamago/billing';
import { Actor } from '@tamago/identity';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { BILLING_READERS, BILLING_WRITERS } from './billing-roles';
import { ChargeDto, ChargeListQueryDto, ChargePageDto, CreateChargeDto } from './charge.dto';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('charges')
export class ChargesController {
  constructor(private readonly charges: ChargeService) {}

  @Get()
  @Roles(...BILLING_READERS)
  @ApiOkResponse({ type: ChargePageDto })
  async list(@FacilityId() facilityId: string, @Query() query: ChargeListQueryDto): Promise<ChargePageDto> {
    const page = await this.charges.list(facilityId, query);
    return { items: page.items.map(ChargeDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...BILLING_READERS)
  @ApiOkResponse({ type: ChargeDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<ChargeDto> {
    return ChargeDto.from(await this.charges.get(facilityId, id));
  }

  @Post()
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({ type: ChargeDto, description: 'billed by the next run of its period' })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateChargeDto,
  ): Promise<ChargeDto> {
    return ChargeDto.from(await this.charges.create(facilityId, actor.userId, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...BILLING_WRITERS)
  @ApiNoContentResponse({ description: '409 once an issued invoice bills it' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.charges.remove(facilityId, actor.userId, id);
  }
}
