import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, ErrorCode } from '@tamago/core';
import { Actor, TENANT_ROLES } from '@tamago/identity';
import { LeaseLookup } from '@tamago/leasing';
import { PaymentService, StatementService } from '@tamago/payments';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { PageQueryDto } from '../common/list-query.dto';
import { LeaseDto, LeasePageDto } from '../leasing/lease.dto';
import { PaymentDto, PaymentPageDto } from '../payments/payment.dto';
import { TenantStatementDto } from '../payments/receivables-response.dto';
import { PortalKpiSurveyListDto, PortalStatementQueryDto, PortalSummaryDto } from './portal.dto';
import { PortalService } from './portal.service';
import { InMemoryPage } from '../common/in-memory-page';
import { PortalEventListDto } from './portal-events.dto';
import { PortalEventsService } from './portal-events.service';
import { ApiError } from '../errors';

/** The caller's own tenant; a portal call without one is refused (fail closed). */
function tenantOf(actor: Actor): string {
  if (!actor.tenantId)
    throw new DomainError(ErrorCode.Forbidden, ApiError.PortalTenantsOnly, 'The portal is for tenant users.');
  return actor.tenantId;
}

/** The tenant portal's reads: always the caller's own tenant, whatever is asked. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal')
export class PortalController {
  constructor(
    private readonly leases: LeaseLookup,
    private readonly payments: PaymentService,
    private readonly statements: StatementService,
    private readonly portal: PortalService,
    private readonly portalEvents: PortalEventsService,
  ) {}

  @Get('leases')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: LeasePageDto })
  async ownLeases(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() page: PageQueryDto,
  ): Promise<LeasePageDto> {
    const result = await this.leases.list(facilityId, { ...page, tenantId: tenantOf(actor) });
    return { items: result.items.map(LeaseDto.from), total: result.total };
  }

  @Get('payments')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: PaymentPageDto })
  async ownPayments(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() page: PageQueryDto,
  ): Promise<PaymentPageDto> {
    const result = await this.payments.list(facilityId, { ...page, tenantId: tenantOf(actor) });
    return { items: result.items.map(PaymentDto.from), total: result.total };
  }

  @Get('statement')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: TenantStatementDto })
  ownStatement(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() range: PortalStatementQueryDto,
  ): Promise<TenantStatementDto> {
    const tenantId = tenantOf(actor);
    return this.statements.statement(facilityId, tenantId, tenantId, range);
  }

  @Get('kpi-surveys')
  @InMemoryPage()
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: PortalKpiSurveyListDto })
  async ownSurveys(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<PortalKpiSurveyListDto> {
    const items = await this.portal.openSurveys(facilityId, tenantOf(actor));
    return { items, total: items.length };
  }

  @Get('summary')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({ type: PortalSummaryDto })
  summary(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<PortalSummaryDto> {
    return this.portal.summary(facilityId, tenantOf(actor), actor);
  }

  @Get('events')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({
    type: PortalEventListDto,
    description: "upcoming events with seats left and the caller's tenant's own registrations (waitlist position)",
  })
  @InMemoryPage()
  async events(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<PortalEventListDto> {
    const items = await this.portalEvents.upcoming(facilityId, tenantOf(actor));
    return { items, total: items.length };
  }
}
