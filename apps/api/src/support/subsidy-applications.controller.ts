import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import {
  ATTACHMENT_TYPES,
  AttachmentService,
  SubsidyApplicationService,
  servedContentType,
  supportReaderOf,
} from '@tamago/support';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { ApiFileUpload } from '../common/file-upload';
import { IdParamDto } from '../common/id-param.dto';
import { InMemoryPage } from '../common/in-memory-page';
import { attachmentDisposition, readUpload } from './multipart-upload';
import {
  AttachmentParamsDto,
  AttachmentView,
  CreateSubsidyApplicationDto,
  PortalChecklistParamsDto,
  PortalChecklistTickDto,
  SubsidyApplicationListQueryDto,
  SubsidyApplicationPageView,
  SubsidyApplicationView,
  SubsidyTransitionDto,
  UpdateSubsidyApplicationDto,
} from './subsidy-application.dto';
import { ApiFileResponse } from '../common/file-response';

const WRITERS = [Role.FacilityAdmin, Role.IncubationManager, Role.Advisor];

@ApiTags('subsidies')
@ApiBearerAuth()
@Controller('subsidy-applications')
export class SubsidyApplicationsController {
  constructor(
    private readonly cases: SubsidyApplicationService,
    private readonly files: AttachmentService,
  ) {}

  @Get()
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({
    type: SubsidyApplicationPageView,
    description:
      "with computed deadlines and programme and round names; tenant users see only their own tenant's cases, without staff notes",
  })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() query: SubsidyApplicationListQueryDto,
  ): Promise<SubsidyApplicationPageView> {
    const page = await this.cases.listWithDeadlines(facilityId, query, supportReaderOf(actor));
    return { items: page.items.map((c) => SubsidyApplicationView.listed(c)), total: page.total };
  }

  @Get(':id')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: SubsidyApplicationView, description: 'with stage history and computed deadlines' })
  async get(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<SubsidyApplicationView> {
    return SubsidyApplicationView.ofCase(await this.cases.get(facilityId, id, supportReaderOf(actor)));
  }

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: SubsidyApplicationView })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateSubsidyApplicationDto,
  ): Promise<SubsidyApplicationView> {
    return SubsidyApplicationView.ofCase(await this.cases.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...WRITERS)
  @ApiOkResponse({ type: SubsidyApplicationView, description: 'checklists are changed by key' })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateSubsidyApplicationDto,
  ): Promise<SubsidyApplicationView> {
    return SubsidyApplicationView.ofCase(await this.cases.update(facilityId, actor.userId, id, dto));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: SubsidyApplicationView, description: '409 with `allowed` next stages on an illegal move' })
  async transition(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: SubsidyTransitionDto,
  ): Promise<SubsidyApplicationView> {
    return SubsidyApplicationView.ofCase(await this.cases.transition(facilityId, actor.userId, id, dto));
  }

  @Get(':id/attachments')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiOkResponse({ type: [AttachmentView] })
  @InMemoryPage()
  async attachments(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
  ): Promise<AttachmentView[]> {
    return (await this.files.list(facilityId, id, ownTenantOf(actor))).map(AttachmentView.from);
  }

  @Post(':id/attachments')
  @Roles(...WRITERS, ...TENANT_ROLES)
  @ApiFileUpload('the evidence file; at most 10 MB (413)', { purpose: 'what the file shows, e.g. invoice' })
  @ApiCreatedResponse({ type: AttachmentView })
  async upload(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Req() req: FastifyRequest,
  ): Promise<AttachmentView> {
    const file = await readUpload(req);
    return AttachmentView.from(await this.files.upload(facilityId, actor.userId, id, ownTenantOf(actor), file));
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...STAFF, ...TENANT_ROLES)
  @ApiFileResponse(
    [...ATTACHMENT_TYPES, 'application/octet-stream'],
    'the file content, with the media type it was uploaded with (an allowed one; anything else as octet-stream)',
  )
  async download(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id, attachmentId }: AttachmentParamsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.files.download(facilityId, id, attachmentId, ownTenantOf(actor));
    // Always a download, never rendered in our origin: no sniffing, sandboxed should a browser show it anyway.
    void reply
      .header('Content-Type', servedContentType(file.contentType))
      .header('Content-Disposition', attachmentDisposition(file.filename))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'private, no-store');
    return file.data;
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  @Roles(...WRITERS)
  @ApiNoContentResponse()
  removeAttachment(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id, attachmentId }: AttachmentParamsDto,
  ): Promise<void> {
    return this.files.remove(facilityId, actor.userId, id, attachmentId);
  }
}

/** The tenant portal's side of subsidy cases: a tenant user ticks the checklist items its company keeps. */
@ApiTags('subsidies')
@ApiBearerAuth()
@Controller('portal/subsidy-applications')
export class PortalSubsidyApplicationsController {
  constructor(private readonly cases: SubsidyApplicationService) {}

  @Put(':id/checklist/:list/:key')
  @Roles(...TENANT_ROLES)
  @ApiOkResponse({
    type: SubsidyApplicationView,
    description:
      "ticks or unticks an item of the caller's own case (another tenant's case is 404); items kept by staff are 403, a closed case 409",
  })
  async tick(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id, list, key }: PortalChecklistParamsDto,
    @Body() dto: PortalChecklistTickDto,
  ): Promise<SubsidyApplicationView> {
    return SubsidyApplicationView.ofCase(
      await this.cases.tickByTenant(facilityId, supportReaderOf(actor), id, { list, key, done: dto.done }),
    );
  }
}
