import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { SubsidyProgramService } from '@tamago/support';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles, STAFF } from '../common/auth.decorators';
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
    @FacilityId() facilityId: string,
    @Query() query: SubsidyProgramListQueryDto,
  ): Promise<SubsidyProgramPageView> {
    const page = await this.programs.list(facilityId, query);
    return { items: page.items.map(SubsidyProgramView.from), total: page.total };
  }

  @Get('stats')
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({
    type: AllProgramStatsView,
    description: 'adoption statistics of every programme, per programme and round, in one read',
  })
  async allStats(@FacilityId() facilityId: string): Promise<AllProgramStatsView> {
    const items = await this.programs.allStats(facilityId);
    return { items, total: items.length };
  }

  @Get(':id')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: SubsidyProgramView })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.get(facilityId, id));
  }

  @Get(':id/stats')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ProgramStatsView, description: 'adoption rate over decided applications, in basis points' })
  async stats(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<ProgramStatsView> {
    return ProgramStatsView.from(await this.programs.stats(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SubsidyProgramView })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateSubsidyProgramDto,
  ): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: SubsidyProgramView,
    description: '`rounds` replaces the list; a round with cases cannot be removed (409)',
  })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSubsidyProgramDto,
  ): Promise<SubsidyProgramView> {
    return SubsidyProgramView.from(await this.programs.update(facilityId, actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse({ description: '409 when the programme has cases' })
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.programs.remove(facilityId, actor.userId, id);
  }
}
