import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor } from '@tamago/identity';
import { DebitBatchService, DebitMandateService, DebitSettingsService } from '@tamago/payments';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { ApiFileUpload } from '../common/file-upload';
import { definedOnly } from '../common/defined-only';
import { IdParamDto } from '../common/id-param.dto';
import { PageQueryDto } from '../common/list-query.dto';
import { readBankFile } from './bank-upload';
import { MONEY_READERS, MONEY_WRITERS } from './payments.controller';
import {
  CreateDebitBatchDto,
  CreateMandateDto,
  MandateListQueryDto,
  UpdateDebitSettingsDto,
  UpdateMandateDto,
} from './receivables.dto';
import { views } from './receivables.views';
import { ApiFileResponse } from '../common/file-response';
import {
  DebitBatchDetailDto,
  DebitBatchPageDto,
  DebitMandateDto,
  DebitMandatePageDto,
  DebitSettingsViewDto,
} from './receivables-response.dto';

/** Direct debit (口座振替): consignor settings, mandates, request files and results. */
@ApiTags('direct-debit')
@ApiBearerAuth()
@Controller()
export class DirectDebitController {
  constructor(
    private readonly settings: DebitSettingsService,
    private readonly mandates: DebitMandateService,
    private readonly batches: DebitBatchService,
  ) {}

  @Get('debit-settings')
  @Roles(...MONEY_READERS)
  async getSettings(@FacilityId() facilityId: string): Promise<DebitSettingsViewDto> {
    return views.settings(await this.settings.get(facilityId));
  }

  @Patch('debit-settings')
  @Roles(...MONEY_WRITERS)
  async updateSettings(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: UpdateDebitSettingsDto,
  ): Promise<DebitSettingsViewDto> {
    return views.settings(await this.settings.update(facilityId, actor.userId, definedOnly(dto)));
  }

  @Get('debit-mandates')
  @Roles(...MONEY_READERS)
  async listMandates(@FacilityId() facilityId: string, @Query() q: MandateListQueryDto): Promise<DebitMandatePageDto> {
    const page = await this.mandates.list(facilityId, q);
    return { items: page.items.map(views.mandate), total: page.total };
  }

  @Get('debit-mandates/:id')
  @Roles(...MONEY_READERS)
  async getMandate(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<DebitMandateDto> {
    return views.mandate(await this.mandates.get(facilityId, id));
  }

  @Post('debit-mandates')
  @Roles(...MONEY_WRITERS)
  async createMandate(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateMandateDto,
  ): Promise<DebitMandateDto> {
    return views.mandate(await this.mandates.create(facilityId, actor.userId, dto));
  }

  @Patch('debit-mandates/:id')
  @Roles(...MONEY_WRITERS)
  async updateMandate(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateMandateDto,
  ): Promise<DebitMandateDto> {
    return views.mandate(await this.mandates.update(facilityId, actor.userId, id, definedOnly(dto)));
  }

  @Post('debit-batches')
  @Roles(...MONEY_WRITERS)
  async createBatch(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateDebitBatchDto,
  ): Promise<DebitBatchDetailDto> {
    return views.batchDetail(await this.batches.create(facilityId, actor.userId, dto.debitDate));
  }

  @Get('debit-batches')
  @Roles(...MONEY_READERS)
  async listBatches(@FacilityId() facilityId: string, @Query() q: PageQueryDto): Promise<DebitBatchPageDto> {
    const page = await this.batches.list(facilityId, q);
    return { items: page.items.map(views.batch), total: page.total };
  }

  @Get('debit-batches/:id')
  @Roles(...MONEY_READERS)
  async getBatch(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<DebitBatchDetailDto> {
    return views.batchDetail(await this.batches.get(facilityId, id));
  }

  @Get('debit-batches/:id/file')
  @Roles(...MONEY_WRITERS)
  @ApiFileResponse('application/octet-stream', 'the Zengin request file for the bank (Shift_JIS)')
  async file(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<StreamableFile> {
    const { fileName, bytes } = await this.batches.file(facilityId, id);
    return new StreamableFile(bytes, {
      type: 'application/octet-stream',
      disposition: `attachment; filename="${fileName}"`,
      length: bytes.length,
    });
  }

  @Post('debit-batches/:id/result')
  @HttpCode(200)
  @Roles(...MONEY_WRITERS)
  @ApiFileUpload("the bank's result file (Zengin, Shift_JIS; at most 10 MB)")
  async importResult(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Req() req: FastifyRequest,
  ): Promise<DebitBatchDetailDto> {
    const file = await readBankFile(req);
    return views.batchDetail(await this.batches.importResult(facilityId, actor.userId, id, file));
  }
}
