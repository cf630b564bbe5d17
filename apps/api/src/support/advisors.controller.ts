import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, facilityOf } from '@tamago/identity';
import { AdvisorService } from '@tamago/support';
import { CurrentActor, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  AdvisorListQueryDto,
  AdvisorPageView,
  AdvisorView,
  CreateAdvisorDto,
  FreeSlotsQueryDto,
  FreeSlotsView,
  UpdateAdvisorDto,
} from './advisor.dto';
import { InMemoryPage } from '../common/in-memory-page';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('advisory')
@ApiBearerAuth()
@Controller('advisors')
export class AdvisorsController {
  constructor(private readonly advisors: AdvisorService) {}

  @Get()
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: AdvisorPageView, description: 'tenant users see advisors to book their free slots' })
  async list(@CurrentActor() actor: Actor, @Query() query: AdvisorListQueryDto): Promise<AdvisorPageView> {
    const page = await this.advisors.list(facilityOf(actor), query);
    return { items: page.items.map(AdvisorView.from), total: page.total };
  }

  @Get(':id')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: AdvisorView })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.get(facilityOf(actor), id));
  }

  @Get(':id/free-slots')
  @InMemoryPage({ inQueryDto: true })
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({
    type: FreeSlotsView,
    description: 'bookable slots in the facility time zone: availability minus sessions, past slots dropped',
  })
  freeSlots(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Query() query: FreeSlotsQueryDto,
  ): Promise<FreeSlotsView> {
    return this.advisors.freeSlots(facilityOf(actor), id, query);
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: AdvisorView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateAdvisorDto): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.create(facilityOf(actor), actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: AdvisorView })
  async update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateAdvisorDto,
  ): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.update(facilityOf(actor), actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: '409 when the advisor has sessions: set active to false instead' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    return this.advisors.remove(facilityOf(actor), actor.userId, id);
  }
}
