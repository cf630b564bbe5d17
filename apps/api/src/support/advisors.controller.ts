import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { AdvisorService } from '@tamago/support';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
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
  async list(@FacilityId() facilityId: string, @Query() query: AdvisorListQueryDto): Promise<AdvisorPageView> {
    const page = await this.advisors.list(facilityId, query);
    return { items: page.items.map(AdvisorView.from), total: page.total };
  }

  @Get(':id')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: AdvisorView })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.get(facilityId, id));
  }

  @Get(':id/free-slots')
  @InMemoryPage({ inQueryDto: true })
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({
    type: FreeSlotsView,
    description: 'bookable slots in the facility time zone: availability minus sessions, past slots dropped',
  })
  freeSlots(
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() query: FreeSlotsQueryDto,
  ): Promise<FreeSlotsView> {
    return this.advisors.freeSlots(facilityId, id, query);
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: AdvisorView })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateAdvisorDto,
  ): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: AdvisorView })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateAdvisorDto,
  ): Promise<AdvisorView> {
    return AdvisorView.from(await this.advisors.update(facilityId, actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: '409 when the advisor has sessions: set active to false instead' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.advisors.remove(facilityId, actor.userId, id);
  }
}
