import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { ReferralCheckInService, ReferralService } from '@tamago/partners';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { InMemoryPage } from '../common/in-memory-page';
import {
  CheckInDto,
  CheckInPageDto,
  CheckInParamDto,
  CompleteCheckInDto,
  CreateCheckInDto,
  CreateReferralDto,
  FollowUpQueryDto,
  ReferralDto,
  ReferralListQueryDto,
  ReferralPageDto,
  ReferralTransitionDto,
  UpdateReferralDto,
} from './referral.dto';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];

@ApiTags('partners')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(
    private readonly referrals: ReferralService,
    private readonly checkIns: ReferralCheckInService,
  ) {}

  @Get()
  @Roles(...STAFF)
  @ApiOkResponse({ type: ReferralPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: ReferralListQueryDto): Promise<ReferralPageDto> {
    const page = await this.referrals.list(facilityId, query);
    return { items: page.items.map(ReferralDto.from), total: page.total };
  }

  @Get('follow-ups')
  @Roles(...STAFF)
  @ApiOkResponse({ type: CheckInPageDto, description: 'open check-ins; `overdue=true` for those past their due date' })
  async followUps(@FacilityId() facilityId: string, @Query() query: FollowUpQueryDto): Promise<CheckInPageDto> {
    const page = await this.checkIns.followUps(facilityId, query);
    return { items: page.items.map(CheckInDto.ofFollowUp), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: ReferralDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.get(facilityId, id));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: ReferralDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateReferralDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: ReferralDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateReferralDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.update(facilityId, actor.userId, id, dto));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({
    type: ReferralDto,
    description: '409 with `allowed` on an illegal step; 409 sending an outbound referral without consent',
  })
  async transition(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: ReferralTransitionDto,
  ): Promise<ReferralDto> {
    return ReferralDto.from(await this.referrals.transition(facilityId, actor.userId, id, dto));
  }

  @Get(':id/check-ins')
  @Roles(...STAFF)
  @ApiOkResponse({ type: [CheckInDto] })
  @InMemoryPage()
  async checkInsOf(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<CheckInDto[]> {
    return (await this.checkIns.listForReferral(facilityId, id)).map(CheckInDto.ofFollowUp);
  }

  @Post(':id/check-ins')
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: CheckInDto })
  async schedule(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: CreateCheckInDto,
  ): Promise<CheckInDto> {
    return CheckInDto.from(await this.checkIns.schedule(facilityId, actor.userId, id, dto));
  }

  @Post(':id/check-ins/:checkInId/complete')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: CheckInDto })
  async complete(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id, checkInId }: CheckInParamDto,
    @Body() dto: CompleteCheckInDto,
  ): Promise<CheckInDto> {
    return CheckInDto.from(await this.checkIns.complete(facilityId, actor.userId, id, checkInId, dto));
  }
}
