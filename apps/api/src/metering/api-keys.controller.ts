import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { ApiKeyService } from '@tamago/metering';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './meter-reading.dto';
import { InMemoryPage } from '../common/in-memory-page';

@ApiTags('metering')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get()
  @InMemoryPage()
  @Roles(Role.FacilityAdmin)
  @ApiOkResponse({ type: ApiKeyPageDto })
  async list(@FacilityId() facilityId: string): Promise<ApiKeyPageDto> {
    const items = (await this.keys.list(facilityId)).map(ApiKeyDto.from);
    return { items, total: items.length };
  }

  @Post()
  @Roles(Role.FacilityAdmin)
  @ApiCreatedResponse({ type: CreatedApiKeyDto, description: 'the key is in `key`, shown this once only' })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    const { key, secret } = await this.keys.create(facilityId, actor.userId, dto.name);
    return { ...ApiKeyDto.from(key), key: secret };
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.FacilityAdmin)
  @ApiNoContentResponse({ description: 'revokes the key; it stays listed with revokedAt' })
  revoke(@CurrentActor() actor: Actor, @FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<void> {
    return this.keys.revoke(facilityId, actor.userId, id);
  }
}
