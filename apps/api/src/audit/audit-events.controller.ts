import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditEvent, AuditService } from '@tamago/audit';
import { Role } from '@tamago/identity';
import { FacilityId, Roles } from '../common/auth.decorators';
import { PageQueryDto } from '../common/list-query.dto';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(64) entity?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ enum: ['create', 'update', 'delete'] })
  @IsOptional()
  @IsIn(['create', 'update', 'delete'])
  action?: 'create' | 'update' | 'delete';
  @ApiPropertyOptional({ description: 'ISO instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO date-time' })
  from?: Date;
  @ApiPropertyOptional({ description: 'ISO instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO date-time' })
  to?: Date;
}

export class AuditEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true }) actorId!: string | null;
  @ApiProperty({ enum: ['create', 'update', 'delete'] }) action!: string;
  @ApiProperty() entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{ field: { before, after } }' })
  changes!: Record<string, unknown>;
  @ApiProperty() occurredAt!: string;

  static from(e: AuditEvent): AuditEventDto {
    return {
      id: e.id,
      actorId: e.actorId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      changes: e.changes,
      occurredAt: e.occurredAt.toISOString(),
    };
  }
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty() total!: number;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.FacilityAdmin, Role.Auditor)
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@FacilityId() facilityId: string, @Query() q: AuditQueryDto): Promise<AuditEventPageDto> {
    const page = await this.audit.list(facilityId, q);
    return { items: page.items.map(AuditEventDto.from), total: page.total };
  }
}
