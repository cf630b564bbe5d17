import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Actor, Role } from '@tamago/identity';
import { InboxService, Notification } from '@tamago/notifications';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { InMemoryPage } from '../common/in-memory-page';

export class InboxQueryDto {
  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(0)
  offset: number = 0;

  @ApiPropertyOptional({ description: 'only unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'invoice_due' }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ enum: ['queued', 'sent', 'failed', 'suppressed', 'opted_out', 'none'] }) emailStatus!: string;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;
  @ApiProperty() createdAt!: string;

  static from(n: Notification): NotificationDto {
    return Object.assign(new NotificationDto(), {
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      emailStatus: n.emailStatus,
      readAt: n.readAt ? n.readAt.toISOString() : null,
      createdAt: n.createdAt.toISOString(),
    });
  }
}

export class InboxDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() unread!: number;
}

export class UnreadCountDto {
  @ApiProperty() unread!: number;
}

export class PreferenceDto {
  @ApiProperty({ description: 'false: no mail of this kind (the inbox still gets it)' })
  @IsBoolean()
  email!: boolean;
}

/** One kind's mail preference of the signed-in user. */
export class NotificationPreferenceDto {
  @ApiProperty({ example: 'invoice_due' }) kind!: string;
  @ApiProperty() email!: boolean;
}

export class NotificationPreferenceListDto {
  @ApiProperty({ type: [NotificationPreferenceDto] }) items!: NotificationPreferenceDto[];
}

/** An address the mail server refused: no more mail goes to it until staff clear it. */
export class MailSuppressionDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() createdAt!: string;
}

export class MailSuppressionListDto {
  @ApiProperty({ type: [MailSuppressionDto] }) items!: MailSuppressionDto[];
  @ApiProperty() total!: number;
}

/** The signed-in user's in-app inbox and mail preferences (staff and tenant users alike). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: InboxDto })
  async list(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Query() q: InboxQueryDto,
  ): Promise<InboxDto> {
    const page = await this.inbox.list(facilityId, actor.userId, q);
    return { ...page, items: page.items.map(NotificationDto.from) };
  }

  @Get('unread-count')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: UnreadCountDto })
  async unread(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<UnreadCountDto> {
    return { unread: await this.inbox.unreadCount(facilityId, actor.userId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: UnreadCountDto })
  async readAll(@CurrentActor() actor: Actor, @FacilityId() facilityId: string): Promise<UnreadCountDto> {
    await this.inbox.markAllRead(facilityId, actor.userId);
    return { unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: NotificationDto })
  async read(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationDto> {
    return NotificationDto.from(await this.inbox.markRead(facilityId, actor.userId, id));
  }

  @Get('preferences')
  @InMemoryPage()
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: NotificationPreferenceListDto })
  async preferences(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
  ): Promise<NotificationPreferenceListDto> {
    const rows = await this.inbox.preferences(facilityId, actor.userId);
    return { items: rows.map((r) => ({ kind: r.kind, email: r.email })) };
  }

  @Put('preferences/:kind')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: NotificationPreferenceDto })
  async setPreference(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param('kind') kind: string,
    @Body() dto: PreferenceDto,
  ): Promise<NotificationPreferenceDto> {
    const r = await this.inbox.setPreference(facilityId, actor.userId, kind, dto.email);
    return { kind: r.kind, email: r.email };
  }
}

/** Addresses the mail server refused, for staff: shown, and cleared to try again. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('mail-suppressions')
export class MailSuppressionsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @InMemoryPage()
  @Roles(Role.FacilityAdmin, Role.IncubationManager, Role.Accountant)
  @ApiOkResponse({ type: MailSuppressionListDto })
  async list(@FacilityId() facilityId: string): Promise<MailSuppressionListDto> {
    const rows = await this.inbox.suppressions(facilityId);
    return {
      items: rows.map((r) => ({ id: r.id, email: r.email, reason: r.reason, createdAt: r.createdAt.toISOString() })),
      total: rows.length,
    };
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  clear(@FacilityId() facilityId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.inbox.clearSuppression(facilityId, id);
  }
}
