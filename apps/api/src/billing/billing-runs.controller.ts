import { ApiFileResponse } from '../common/file-response';
import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BillingRunService, InvoicePdfService } from '@tamago/billing';
import { Actor } from '@tamago/identity';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { BILLING_READERS, BILLING_WRITERS } from './billing-roles';
import {
  BillingRunDto,
  BillingRunListQueryDto,
  BillingRunPageDto,
  IssueBillingRunDto,
  StartBillingRunDto,
} from './billing-run.dto';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('billing-runs')
export class BillingRunsController {
  constructor(
    private readonly runs: BillingRunService,
    private readonly pdfs: InvoicePdfService,
  ) {}

  @Get()
  @Roles(...BILLING_READERS)
  @ApiOkResponse({ type: BillingRunPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: BillingRunListQueryDto): Promise<BillingRunPageDto> {
    const page = await this.runs.list(facilityId, query);
    return { items: page.items.map(BillingRunDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...BILLING_READERS)
  @ApiOkResponse({ type: BillingRunDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<BillingRunDto> {
    return BillingRunDto.from(await this.runs.get(facilityId, id));
  }

  @Post()
  @Roles(...BILLING_WRITERS)
  @ApiCreatedResponse({
    type: BillingRunDto,
    description:
      'starts the preview (a job); the same period again returns the same run (re-previewed when previewed). 409 once the period is issued unless supplementary',
  })
  async start(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: StartBillingRunDto,
  ): Promise<BillingRunDto> {
    return BillingRunDto.from(await this.runs.start(facilityId, actor.userId, dto));
  }

  @Post(':id/issue')
  @HttpCode(202)
  @Roles(...BILLING_WRITERS)
  @ApiAcceptedResponse({ type: BillingRunDto, description: 'issues the drafts (a job); idempotent and resumable' })
  async issue(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: IssueBillingRunDto,
  ): Promise<BillingRunDto> {
    return BillingRunDto.from(await this.runs.issue(facilityId, actor.userId, id, dto.issueDate));
  }

  @Get(':id/pdfs')
  @Roles(...BILLING_READERS)
  @ApiFileResponse('application/zip', 'every issued PDF of the run as one ZIP, streamed (one PDF rendered at a time)')
  async pdfArchive(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<StreamableFile> {
    const { fileName, stream } = await this.pdfs.runArchive(facilityId, id);
    return new StreamableFile(stream, { type: 'application/zip', disposition: `attachment; filename="${fileName}"` });
  }
}
