import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor } from '@tamago/identity';
import { BankCredit, BankReconciliationService, BankReversalService } from '@tamago/payments';
import { TenantService } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { ApiFileUpload } from '../common/file-upload';
import { IdParamDto } from '../common/id-param.dto';
import { readBankFile } from './bank-upload';
import { MONEY_READERS, MONEY_WRITERS } from './payments.controller';
import {
  BankCreditListQueryDto,
  BankReversalListQueryDto,
  BankUploadQueryDto,
  MatchCreditDto,
} from './receivables.dto';
import { views } from './receivables.views';
import { BankCreditDto, BankCreditPageDto, BankImportDto, BankReversalPageDto } from './receivables-response.dto';

/** Bank-statement uploads and the credits they bring. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller()
export class BankCreditsController {
  constructor(
    private readonly bank: BankReconciliationService,
    private readonly reversals: BankReversalService,
    private readonly tenants: TenantService,
  ) {}

  /** The names of every tenant the credits reference, in one query. */
  private namesFor(facilityId: string, credits: BankCredit[]): Promise<Map<string, string>> {
    return this.tenants.namesOf(
      facilityId,
      credits.flatMap((c) => [...c.candidateTenantIds, ...(c.tenantId ? [c.tenantId] : [])]),
    );
  }

  @Post('bank-statements')
  @Roles(...MONEY_WRITERS)
  @ApiFileUpload('the bank statement (Zengin or CSV; at most 10 MB)')
  @ApiCreatedResponse({
    type: BankImportDto,
    description:
      'Zengin 01/03 (Shift_JIS, 200-byte records) or CSV date,amount,senderName[,reference]; refused whole on any bad line',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() q: BankUploadQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<BankImportDto> {
    const file = await readBankFile(req);
    const result = await this.bank.import(facilityId, actor.userId, file, q);
    return views.import(result, await this.namesFor(facilityId, result.credits));
  }

  @Get('bank-credits')
  @Roles(...MONEY_READERS)
  async list(@FacilityId() facilityId: string, @Query() q: BankCreditListQueryDto): Promise<BankCreditPageDto> {
    const page = await this.bank.list(facilityId, q);
    const names = await this.namesFor(facilityId, page.items);
    return { items: page.items.map((c) => views.credit(c, names)), total: page.total };
  }

  @Get('bank-credits/:id')
  @Roles(...MONEY_READERS)
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<BankCreditDto> {
    const credit = await this.bank.get(facilityId, id);
    return views.credit(credit, await this.namesFor(facilityId, [credit]));
  }

  @Post('bank-credits/:id/match')
  @HttpCode(200)
  @Roles(...MONEY_WRITERS)
  @ApiOkResponse({
    type: BankCreditDto,
    description: 'applies an unmatched credit to a tenant as a bank-transfer payment',
  })
  async match(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: MatchCreditDto,
  ): Promise<BankCreditDto> {
    const credit = await this.bank.match(facilityId, actor.userId, id, dto);
    return views.credit(credit, await this.namesFor(facilityId, [credit]));
  }

  @Get('bank-reversals')
  @Roles(...MONEY_READERS)
  @ApiOkResponse({
    type: BankReversalPageDto,
    description: 'bank 取消/訂正 records; status=unmatched lists those no single credit fits',
  })
  async reversalList(
    @FacilityId() facilityId: string,
    @Query() q: BankReversalListQueryDto,
  ): Promise<BankReversalPageDto> {
    const page = await this.reversals.list(facilityId, q);
    return { items: page.items.map(views.reversal), total: page.total };
  }
}
