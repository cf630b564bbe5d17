import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@tamago/identity';
import { confinedToOwnSessions, mayReadStaffNotes, supportReaderOf } from '@tamago/support';
import { ownTenantOf } from '@tamago/tenants';
import { TimelineService } from '@tamago/timeline';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { TimelinePageDto, TimelineQueryDto } from './timeline.dto';

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('tenants')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({
    type: TimelinePageDto,
    description: 'newest first; tenant users see only their own tenant and never staff-only items',
  })
  list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() query: TimelineQueryDto,
  ): Promise<TimelinePageDto> {
    return this.timeline.forTenant(
      facilityId,
      id,
      {
        ownTenantId: ownTenantOf(actor),
        staffNotes: mayReadStaffNotes(supportReaderOf(actor)),
        confinedToUserId: confinedToOwnSessions(supportReaderOf(actor)) ? actor.userId : null,
      },
      query,
    );
  }
}
