import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, TENANT_ROLES } from '@tamago/identity';
import { ArrearsService, PayerAliasService, PaymentService, StatementService } from '@tamago/payments';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { ApplyCreditDto, StatementRangeDto } from './payment.dto';
import { MONEY_READERS, MONEY_WRITERS } from './payments.controller';
import { AliasParamDto, AsOfQueryDto, PayerAliasDto } from './receivables.dto';
import { views } from './receivables.views';
import {
  AppliedCreditDto,
  PayerAliasPageDto,
  PayerAliasViewDto,
  TenantArrearsDto,
  TenantStatementDto,
} from './receivables-response.dto';
import { InMemoryPage } from '../common/in-memory-page';

/** A tenant's account: statement, arrears, credit and payer aliases. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller('tenants')
export class TenantAccountsController {
  constructor(
    private readonly statements: StatementService,
    private readonly arrears: ArrearsService,
    private readonly payments: PaymentService,
    private readonly aliases: PayerAliasService,
  ) {}

  @Get(':id/statement')
  @Roles(...MONEY_READERS, ...TENANT_ROLES)
  @ApiOkResponse({
    type: TenantStatementDto,
    description: 'invoices, credit notes, payments, refunds, fees with a running balance',
  })
  statement(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() range: StatementRangeDto,
  ): Promise<TenantStatementDto> {
    return this.statements.statement(facilityId, id, ownTenantOf(actor), range);
  }

  @Get(':id/arrears')
  @Roles(...MONEY_READERS, ...TENANT_ROLES)
  @ApiOkResponse({
    type: TenantArrearsDto,
    description: 'open balance, aging buckets and the dunning level due',
  })
  tenantArrears(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() q: AsOfQueryDto,
  ): Promise<TenantArrearsDto> {
    return this.arrears.forTenant(facilityId, id, ownTenantOf(actor), q.asOf);
  }

  @Post(':id/credit/apply')
  @HttpCode(200)
  @Roles(...MONEY_WRITERS)
  @ApiOkResponse({
    type: AppliedCreditDto,
    description: 'uses the credit balance on open invoices, oldest first',
  })
  applyCredit(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: ApplyCreditDto,
  ): Promise<AppliedCreditDto> {
    return this.payments.applyCredit(facilityId, actor.userId, id, dto.on, dto.invoiceIds);
  }

  @Get(':id/payer-aliases')
  @InMemoryPage()
  @Roles(...MONEY_READERS)
  async listAliases(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<PayerAliasPageDto> {
    const items = await this.aliases.list(facilityId, id);
    return { items: items.map(views.alias), total: items.length };
  }

  @Post(':id/payer-aliases')
  @Roles(...MONEY_WRITERS)
  async addAlias(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: PayerAliasDto,
  ): Promise<PayerAliasViewDto> {
    return views.alias(await this.aliases.add(facilityId, actor.userId, id, dto.alias));
  }

  @Delete(':id/payer-aliases/:aliasId')
  @HttpCode(204)
  @Roles(...MONEY_WRITERS)
  async removeAlias(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() p: AliasParamDto,
  ): Promise<void> {
    await this.aliases.remove(facilityId, actor.userId, p.id, p.aliasId);
  }
}
