import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { BillingSettingsService, type BillingSettingsView } from '@tamago/billing';
import { Facility, FacilitiesService } from '@tamago/facilities';
import { Actor, FacilityOnboardingService, Role, facilityOf } from '@tamago/identity';
import { FacilityBillingDto, UpdateFacilitySettingsDto } from '../billing/billing-settings.dto';
import { CurrentActor, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';

class FacilityDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() createdAt!: string;

  static from(f: Facility): FacilityDto {
    return { id: f.id, name: f.name, timeZone: f.timeZone, locale: f.locale, createdAt: f.createdAt.toISOString() };
  }
}

/** The caller's facility with its billing settings (billing_settings, owned by libs/billing). */
class OwnFacilityDto extends FacilityBillingDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() createdAt!: string;

  static of(f: Facility, billing: BillingSettingsView): OwnFacilityDto {
    return { ...FacilityDto.from(f), ...FacilityBillingDto.from(billing) };
  }
}

class CreateFacilityDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty() @IsEmail({}, { message: 'adminEmail must be an email address' }) @MaxLength(254) adminEmail!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) adminName?: string;
  @ApiPropertyOptional({ enum: ['ja', 'en'] }) @IsOptional() @IsIn(['ja', 'en']) locale?: 'ja' | 'en';
}

class CreatedFacilityDto {
  @ApiProperty() facilityId!: string;
  @ApiProperty() adminUserId!: string;
}

@ApiTags('facilities')
@ApiBearerAuth()
@Controller()
export class FacilitiesController {
  constructor(
    private readonly facilities: FacilitiesService,
    private readonly onboarding: FacilityOnboardingService,
    private readonly billingSettings: BillingSettingsService,
  ) {}

  @Get('facilities')
  @Roles(Role.PlatformOperator)
  @ApiOkResponse({ type: [FacilityDto] })
  async list(): Promise<FacilityDto[]> {
    return (await this.facilities.list()).map(FacilityDto.from);
  }

  @Post('facilities')
  @Roles(Role.PlatformOperator)
  @ApiCreatedResponse({ type: CreatedFacilityDto, description: 'the admin is invited by mail' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFacilityDto): Promise<CreatedFacilityDto> {
    return this.onboarding.createWithAdmin(dto, actor.userId);
  }

  @Get('facility')
  @Roles(...FACILITY_MEMBERS)
  @ApiOkResponse({ type: OwnFacilityDto, description: "the caller's own facility and its billing settings" })
  async own(@CurrentActor() actor: Actor): Promise<OwnFacilityDto> {
    const facilityId = facilityOf(actor);
    const [facility, billing] = await Promise.all([
      this.facilities.get(facilityId),
      this.billingSettings.get(facilityId),
    ]);
    return OwnFacilityDto.of(facility, billing);
  }

  @Patch('facility')
  @Roles(Role.FacilityAdmin, Role.Accountant)
  @ApiOkResponse({ type: OwnFacilityDto, description: 'billing settings; 400 naming the field, nothing written' })
  async updateOwn(@CurrentActor() actor: Actor, @Body() dto: UpdateFacilitySettingsDto): Promise<OwnFacilityDto> {
    const facilityId = facilityOf(actor);
    const billing = await this.billingSettings.update(facilityId, actor.userId, dto);
    return OwnFacilityDto.of(await this.facilities.get(facilityId), billing);
  }
}
