import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role, facilityOf } from '@tamago/identity';
import { SubsidyProgramService } from '@tamago/support';
import { CurrentActor, FACILITY_MEMBERS, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { InMemoryPage } from '../common/in-memory-page';
import {
  AllProgramStatsView,
  CreateSubsidyProgramDto,
  ProgramStatsView,
  SubsidyProgramListQueryDto,
  SubsidyProgramPageView,
  SubsidyProgramView,
  UpdateSubsidyProgramDto,
} from './subsidy-program.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager];

@ApiTags('subsidies')
@ApiBearerAuth()
@Controller('subsidy-programs')
export class SubsidyProgramsController {
  constructor(private readonly programs: SubsidyProgramService) {}

  @Get()
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({
    type: SubsidyProgramPageView,
    description: 'programmes are public to the facility, tenants included',
  })
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: SubsidyProgramListQueryDto,
  ): Promise<SubsidyProgramPageView> {
    const page = await this.programs.list(facilityOf(actor), query);
    return { items: page.items.map(SubsidyProgramView.from), total: page.total };
  }

  @Get('stats')
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({
    type: AllProgramStatsView,
    description: 'adoption statistics of every programme, per programme and round, in one read',
  })
  async allStats(@CurrentActor() actor: Actor): Promise<AllProgramStatsView> {
    const items = await this.programs.allStats(facilityOf(actor));
    return { items, total: items.length };
  }

  @Get(':id')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: SubsidyProgramView })
  async get(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.get(facilityOf(actor), id));
  }

  @Get(':id/stats')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ProgramStatsView, description: 'adoption rate over decided applications, in basis points' })
  async stats(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<ProgramStatsView> {
    return ProgramStatsView.from(await this.programs.stats(facilityOf(actor), id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SubsidyProgramView })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateSubsidyProgramDto): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.create(facilityOf(actor), actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: SubsidyProgramView,
    description: '`rounds` replaces the list; a round with cases cannot be removed (409)',
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSubsidyProgramDto,
  ): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.update(facilityOf(actor), actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: '409 when the programme has cases' })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    return this.programs.remove(facilityOf(actor), actor.userId, id);
  }
}
