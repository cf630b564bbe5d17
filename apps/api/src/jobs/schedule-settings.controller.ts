import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { ScheduleRunner, ScheduleSettingsService } from '@tamago/jobs';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { ScheduleSettingDto, ScheduleSettingListDto, ScheduleSettingPatchDto } from './schedule-settings.dto';
import { InMemoryPage } from '../common/in-memory-page';

/** The facility's scheduled kinds (billing preview, reminder sweep, …): on/off, time, day, options. */
@ApiTags('schedules')
@ApiBearerAuth()
@Controller('schedule-settings')
export class ScheduleSettingsController {
  constructor(
    private readonly settings: ScheduleSettingsService,
    private readonly runner: ScheduleRunner,
  ) {}

  @Get()
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({ type: ScheduleSettingListDto })
  async list(@FacilityId() facilityId: string): Promise<ScheduleSettingListDto> {
    const [items, next] = await Promise.all([
      this.settings.list(facilityId),
      this.runner.nextRuns(new Date(), facilityId),
    ]);
    const nextOf = (kind: string) => next.find((n) => n.kind === kind)?.next ?? null;
    return { items: items.map((v) => ScheduleSettingDto.from(v, nextOf(v.kind))), total: items.length };
  }

  @Put(':kind')
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: ScheduleSettingDto })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param('kind') kind: string,
    @Body() dto: ScheduleSettingPatchDto,
  ): Promise<ScheduleSettingDto> {
    const v = await this.settings.update(facilityId, actor.userId, kind, dto);
    const next = (await this.runner.nextRuns(new Date(), facilityId)).find((n) => n.kind === kind)?.next ?? null;
    return ScheduleSettingDto.from(v, next);
  }
}
