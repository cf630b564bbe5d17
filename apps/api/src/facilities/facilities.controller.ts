import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { BillingSettingsService } from '@tamago/billing';
import { FacilitiesService } from '@tamago/facilities';
import { Actor, FacilityOnboardingService, Role } from '@tamago/identity';
import { UpdateFacilitySettingsDto } from '../billing/billing-settings.dto';
import { CurrentActor, FacilityId, FACILITY_MEMBERS, Roles } from '../common/auth.decorators';
import { InMemoryPage } from '../common/in-memory-page';
import { FacilityDto, OwnFacilityDto, PayerFacilityDto, facilityViewFor } from './facility.dto';

export class CreateFacilityDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty() @IsEmail({}, { message: 'adminEmail must be an email address' }) @MaxLength(254) adminEmail!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) adminName?: string;
  @ApiPropertyOptional({ enum: ['ja', 'en'] }) @IsOptional() @IsIn(['ja', 'en']) locale?: 'ja' | 'en';
}

export class CreatedFacilityDto {
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
  @InMemoryPage()
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
  @ApiExtraModels(OwnFacilityDto, PayerFacilityDto)
  @ApiOkResponse({
    description: "the caller's own facility: staff get every billing setting, tenant users only the payer view",
    schema: { oneOf: [{ $ref: getSchemaPath(OwnFacilityDto) }, { $ref: getSchemaPath(PayerFacilityDto) }] },
  })
  async own(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
  ): Promise<OwnFacilityDto | PayerFacilityDto> {
    const [facility, billing] = await Promise.all([
      this.facilities.get(facilityId),
      this.billingSettings.get(facilityId),
    ]);
    return facilityViewFor(actor, facility, billing);
  }

  @Patch('facility')
  @Roles(Role.FacilityAdmin, Role.Accountant)
  @ApiOkResponse({ type: OwnFacilityDto, description: 'billing settings; 400 naming the field, nothing written' })
  async updateOwn(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: UpdateFacilitySettingsDto,
  ): Promise<OwnFacilityDto> {
    const billing = await this.billingSettings.update(facilityId, actor.userId, dto);
    return OwnFacilityDto.of(await this.facilities.get(facilityId), billing);
  }
}
