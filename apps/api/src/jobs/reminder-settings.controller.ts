import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Actor, Role } from '@tamago/identity';
import { ReminderSettingView, ReminderSettingsService } from '@tamago/reminders';
import { CurrentActor, FacilityId, Roles, STAFF } from '../common/auth.decorators';
import { InMemoryPage } from '../common/in-memory-page';

/** One reminder kind of the facility: switched on or off, and how many days ahead it reminds. */
export class ReminderSettingDto {
  @ApiProperty({ example: 'invoice_due' }) kind!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: [Number], description: 'lead times, counted in leadUnit before the date' }) leadDays!: number[];
  @ApiProperty({ enum: ['days', 'months'], description: 'months for max_tenure, days for every other kind' })
  leadUnit!: string;
}

export class ReminderSettingListDto {
  @ApiProperty({ type: [ReminderSettingDto] }) items!: ReminderSettingDto[];
  @ApiProperty() total!: number;
}

export class ReminderSettingPatchDto {
  @ApiPropertyOptional({ description: 'false switches the kind off for this facility' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    type: [Number],
    example: [14, 7, 1],
    description: 'days before the date (whole months for max_tenure)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(365, { each: true })
  leadDays?: number[];
}

/** The facility's reminder kinds: on/off and lead times. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminder-settings')
export class ReminderSettingsController {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Get()
  @InMemoryPage()
  @Roles(...STAFF)
  @ApiOkResponse({ type: ReminderSettingListDto })
  async list(@FacilityId() facilityId: string): Promise<{ items: ReminderSettingView[]; total: number }> {
    const items = await this.settings.list(facilityId);
    return { items, total: items.length };
  }

  @Put(':kind')
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: ReminderSettingDto })
  update(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param('kind') kind: string,
    @Body() dto: ReminderSettingPatchDto,
  ): Promise<ReminderSettingView> {
    return this.settings.update(facilityId, actor.userId, kind, dto);
  }
}
