import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DeviceIdentity, MeterReadingService } from '@tamago/metering';
import { Public } from '../common/auth.decorators';
import { CreateMeterReadingDto, MeterReadingDto } from './meter-reading.dto';
import { CurrentDevice, DeviceKeyGuard } from './device-key.guard';

/** Endpoints for devices: no user login, a facility API key instead (checked by DeviceKeyGuard). */
@ApiTags('devices')
@ApiSecurity('deviceKey')
@Controller('device')
export class DeviceController {
  constructor(private readonly readings: MeterReadingService) {}

  @Post('meter-readings')
  @Public()
  @UseGuards(DeviceKeyGuard)
  @ApiCreatedResponse({ type: MeterReadingDto, description: '401 without a valid, unrevoked key' })
  async create(@CurrentDevice() device: DeviceIdentity, @Body() dto: CreateMeterReadingDto): Promise<MeterReadingDto> {
    const writer = { source: 'device' as const, userId: null, apiKeyId: device.apiKeyId };
    return MeterReadingDto.from(await this.readings.record(device.facilityId, writer, dto));
  }
}
