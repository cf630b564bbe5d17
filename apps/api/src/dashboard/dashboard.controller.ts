import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { DashboardService } from '@tamago/reports';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { DashboardDto } from './dashboard.dto';

/** Roles that see money (billing and arrears), as on /invoices, /payments and /arrears. */
const MONEY_ROLES: readonly Role[] = [Role.FacilityAdmin, Role.Accountant, Role.IncubationManager, Role.Auditor];

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'The staff home',
    description:
      "Figures as of today and this month in the facility's time zone, each with the path of the list behind it. " +
      'billing and arrears are null for an advisor (no money role).',
  })
  @ApiOkResponse({ type: DashboardDto })
  get(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<DashboardDto> {
    return this.dashboard.get(facilityId, { money: actor.roles.some((r) => MONEY_ROLES.includes(r)) });
  }
}
