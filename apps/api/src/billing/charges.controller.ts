import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChargeService } from '@tamago/billing';
import { Actor, facilityOf } from '@tamago/identity';
import { CurrentActor, Roles } from '../common/auth.decorators';
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
  async list(@CurrentActor() actor: Actor, @Query() query: ChargeListQueryDto): Promise<ChargePageDto> {
    const page = await this.charges.list(facilityOf(actor), query);
    return { items: page.items.map(ChargeDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...BILLING_READERS)
  @ApiOkResponse({ type: ChargeDto })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<ChargeDto> {
    return ChargeDto.from(await this.charges.get(facilityOf(actor), id));
  }

  @Post()
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({ type: ChargeDto, description: 'billed by the next run of its period' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateChargeDto): Promise<ChargeDto> {
    return ChargeDto.from(await this.charges.create(facilityOf(actor), actor.userId, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...BILLING_WRITERS)
  @ApiNoContentResponse({ description: '409 once an issued invoice bills it' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    return this.charges.remove(facilityOf(actor), actor.userId, id);
  }
}
