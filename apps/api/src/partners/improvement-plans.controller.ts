import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { ImprovementPlanService } from '@tamago/partners';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { PageQueryDto } from '../common/list-query.dto';
import {
  CreateImprovementPlanDto,
  CreatePlanReviewDto,
  ImprovementPlanDto,
  ImprovementPlanPageDto,
  PlanListQueryDto,
  PlanReviewDto,
  UpdateImprovementPlanDto,
} from './improvement-plan.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];

@ApiTags('partners')
@ApiBearerAuth()
@Controller('improvement-plans')
export class ImprovementPlansController {
  constructor(private readonly plans: ImprovementPlanService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: ImprovementPlanPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: PlanListQueryDto): Promise<ImprovementPlanPageDto> {
    const page = await this.plans.list(facilityId, query);
    return { items: page.items.map(ImprovementPlanDto.from), total: page.total };
  }

  @Get('overdue-reviews')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ImprovementPlanPageDto, description: 'active plans whose next review date has passed' })
  async overdue(@FacilityId() facilityId: string, @Query() query: PageQueryDto): Promise<ImprovementPlanPageDto> {
    const page = await this.plans.overdueReviews(facilityId, query);
    return { items: page.items.map(ImprovementPlanDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ImprovementPlanDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<ImprovementPlanDto> {
    return ImprovementPlanDto.from(await this.plans.get(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: ImprovementPlanDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateImprovementPlanDto,
  ): Promise<ImprovementPlanDto> {
    return ImprovementPlanDto.from(await this.plans.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ImprovementPlanDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateImprovementPlanDto,
  ): Promise<ImprovementPlanDto> {
    return ImprovementPlanDto.from(await this.plans.update(facilityId, actor.userId, id, dto));
  }

  @Post(':id/reviews')
  @Roles(...WRITERS)
  @ApiCreatedResponse({
    type: PlanReviewDto,
    description: 'variance against the fiscal year targets; the next review date moves on',
  })
  async review(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: CreatePlanReviewDto,
  ): Promise<PlanReviewDto> {
    return PlanReviewDto.from(await this.plans.addReview(facilityId, actor.userId, id, dto));
  }
}
