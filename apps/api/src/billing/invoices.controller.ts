import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  MethodNotAllowedException,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  DepositSettlementService,
  InvoiceCorrectionService,
  InvoiceExportService,
  InvoicePdfService,
  InvoiceQueryService,
} from '@tamago/billing';
import { Actor, TENANT_ROLES } from '@tamago/identity';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { BILLING_READERS, BILLING_WRITERS } from './billing-roles';
import {
  CreditNoteDto,
  DepositSettlementInvoiceDto,
  DepositSettlementResultDto,
  InvoiceDto,
  InvoiceExportQueryDto,
  InvoiceListQueryDto,
  InvoicePageDto,
  ReissueInvoiceDto,
  VoidInvoiceDto,
} from './invoice.dto';
import { ApiFileResponse } from '../common/file-response';

const IMMUTABLE = 'Issued invoices never change: void it, or issue a credit note.';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly invoices: InvoiceQueryService,
    private readonly corrections: InvoiceCorrectionService,
    private readonly pdfs: InvoicePdfService,
    private readonly settlements: DepositSettlementService,
    private readonly exports: InvoiceExportService,
  ) {}

  @Get()
  @Roles(...BILLING_READERS, ...TENANT_ROLES)
  @ApiOkResponse({ type: InvoicePageDto, description: "tenant users see only their own tenant's issued invoices" })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() query: InvoiceListQueryDto,
  ): Promise<InvoicePageDto> {
    const page = await this.invoices.list(facilityId, query, ownTenantOf(actor));
    return { items: page.items.map(InvoiceDto.from), total: page.total };
  }

  @Get('export.csv')
  @Roles(...BILLING_READERS)
  @ApiFileResponse(
    'text/csv',
    "the facility's issued, paid and void invoices and credit notes (drafts left out) of the billing periods from..to, UTF-8 with BOM, Japanese headers, amounts in whole yen; streamed",
  )
  exportCsv(@FacilityId() facilityId: string, @Query() q: InvoiceExportQueryDto): StreamableFile {
    const name = `invoices_${q.from ?? 'all'}_${q.to ?? 'all'}.csv`;
    return new StreamableFile(this.exports.csv(facilityId, q), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${name}"`,
    });
  }

  @Post('deposit-settlements')
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({
    type: DepositSettlementResultDto,
    description:
      'exit settlement: deductions (原状回復, 保証金償却) invoiced with tax, the deposit applied, the rest owed or refunded',
  })
  async settleDeposit(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: DepositSettlementInvoiceDto,
  ): Promise<DepositSettlementResultDto> {
    const r = await this.settlements.settle(facilityId, actor.userId, dto);
    return { invoice: InvoiceDto.from(r.invoice), amountDue: r.amountDue, refundAmount: r.refundAmount };
  }

  @Get(':id')
  @Roles(...BILLING_READERS, ...TENANT_ROLES)
  @ApiOkResponse({ type: InvoiceDto })
  async get(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<InvoiceDto> {
    return InvoiceDto.from(await this.invoices.get(facilityId, id, ownTenantOf(actor)));
  }

  @Get(':id/pdf')
  @Roles(...BILLING_READERS, ...TENANT_ROLES)
  @ApiFileResponse(
    'application/pdf',
    'the qualified invoice, rendered from the issued snapshot (same bytes every time)',
  )
  async pdf(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<StreamableFile> {
    const { fileName, body } = await this.pdfs.pdf(facilityId, id, ownTenantOf(actor));
    return new StreamableFile(body, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"` });
  }

  @Patch(':id')
  @Roles(...BILLING_WRITERS)
  @ApiResponse({ status: 405, description: 'always 405: an issued invoice is corrected by a credit note' })
  update(): never {
    throw new MethodNotAllowedException(IMMUTABLE);
  }

  @Delete(':id')
  @Roles(...BILLING_WRITERS)
  @ApiResponse({ status: 405, description: 'always 405: void it instead' })
  remove(): never {
    throw new MethodNotAllowedException(IMMUTABLE);
  }

  @Post(':id/void')
  @HttpCode(200)
  @Roles(...BILLING_WRITERS)
  @ApiOkResponse({ type: InvoiceDto, description: 'the record stays, marked void; 409 with payments applied' })
  async void(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: VoidInvoiceDto,
  ): Promise<InvoiceDto> {
    return InvoiceDto.from(await this.corrections.void(facilityId, actor.userId, id, dto.reason));
  }

  @Post(':id/credit-notes')
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({ type: InvoiceDto, description: '適格返還請求書 referencing the original and its date' })
  async creditNote(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: CreditNoteDto,
  ): Promise<InvoiceDto> {
    return InvoiceDto.from(await this.corrections.creditNote(facilityId, actor.userId, id, dto));
  }

  @Post(':id/reissue')
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({ type: InvoiceDto, description: 'a new invoice replacing a void one; both records stay' })
  async reissue(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: ReissueInvoiceDto,
  ): Promise<InvoiceDto> {
    return InvoiceDto.from(await this.corrections.reissue(facilityId, actor.userId, id, dto));
  }
}
