import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventRegistrationService, EventService } from '@tamago/events';
import { Actor, Role, TENANT_ROLES } from '@tamago/identity';
import { ownTenantOf } from '@tamago/tenants';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import {
  CancellationDto,
  CreateEventDto,
  EventDto,
  EventListQueryDto,
  EventPageDto,
  RegisterDto,
  RegistrationDto,
  RegistrationListQueryDto,
  RegistrationPageDto,
  RegistrationParamDto,
  UpdateEventDto,
} from './event.dto';
import { ApiFileResponse } from '../common/file-response';

const ORGANISERS = [Role.FacilityAdmin, Role.IncubationManager];
const REGISTRARS = [...ORGANISERS, Role.Advisor, ...TENANT_ROLES];
const registrant = (actor: Actor) => ({ userId: actor.userId, email: actor.email, ownTenantId: ownTenantOf(actor) });

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventService,
    private readonly registrations: EventRegistrationService,
  ) {}

  @Get()
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: EventPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: EventListQueryDto): Promise<EventPageDto> {
    const page = await this.events.list(facilityId, query);
    return { items: page.items.map(EventDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: EventDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<EventDto> {
    return EventDto.from(await this.events.get(facilityId, id));
  }

  @Post()
  @Roles(...ORGANISERS)
  @ApiCreatedResponse({ type: EventDto })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateEventDto,
  ): Promise<EventDto> {
    return EventDto.from(await this.events.create(facilityId, actor.userId, dto));
  }

  @Patch(':id')
  @Roles(...ORGANISERS)
  @ApiOkResponse({ type: EventDto, description: 'more seats promote from the waitlist' })
  async update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: UpdateEventDto,
  ): Promise<EventDto> {
    return EventDto.from(await this.events.update(facilityId, actor.userId, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...ORGANISERS)
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.events.remove(facilityId, actor.userId, id);
  }

  @Get(':id/registrations')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: RegistrationPageDto, description: "tenant users see only their own tenant's registrations" })
  async registrationsOf(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Query() query: RegistrationListQueryDto,
  ): Promise<RegistrationPageDto> {
    const page = await this.registrations.list(facilityId, id, ownTenantOf(actor), query);
    return { items: page.items.map(RegistrationDto.from), total: page.total };
  }

  @Post(':id/registrations')
  @Roles(...REGISTRARS)
  @ApiCreatedResponse({
    type: RegistrationDto,
    description: 'confirmed or waitlisted; 409 when full without a waitlist',
  })
  async register(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: RegisterDto,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.register(facilityId, registrant(actor), id, dto));
  }

  @Post(':id/registrations/:registrationId/cancel')
  @HttpCode(200)
  @Roles(...REGISTRARS)
  @ApiOkResponse({ type: CancellationDto, description: 'a freed seat goes to the earliest waitlisted registration' })
  async cancel(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() p: RegistrationParamDto,
  ): Promise<CancellationDto> {
    const c = await this.registrations.cancel(facilityId, registrant(actor), p.id, p.registrationId);
    return { registration: RegistrationDto.from(c.registration), promotedIds: c.promotedIds };
  }

  @Post(':id/registrations/:registrationId/check-in')
  @HttpCode(200)
  @Roles(...ORGANISERS, Role.Advisor)
  @ApiOkResponse({ type: RegistrationDto })
  async checkIn(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() p: RegistrationParamDto,
  ): Promise<RegistrationDto> {
    return RegistrationDto.from(await this.registrations.checkIn(facilityId, actor.userId, p.id, p.registrationId));
  }

  @Get(':id/attendees.csv')
  @Roles(...ORGANISERS, Role.Advisor, Role.Auditor)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiFileResponse('text/csv', 'UTF-8 with BOM, Japanese headers')
  attendees(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<string> {
    return this.registrations.attendeesCsv(facilityId, id);
  }
}
