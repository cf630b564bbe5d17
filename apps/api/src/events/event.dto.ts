import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EVENT_KINDS, Event, EventKind, EventRegistration } from '@tamago/events';
import { PageQueryDto } from '../common/list-query.dto';

const REG_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

export class CreateEventDto {
  @ApiProperty({ enum: EVENT_KINDS }) @IsIn(EVENT_KINDS) kind!: EventKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) description?: string | null;
  @ApiProperty({ example: '2026-06-10T10:00:00+09:00' }) @IsString() @MaxLength(40) startsAt!: string;
  @ApiProperty({ example: '2026-06-10T16:00:00+09:00' }) @IsString() @MaxLength(40) endsAt!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) venue?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'partner organisations co-hosting' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'coHostIds must be UUIDs' })
  coHostIds?: string[];
  @ApiPropertyOptional({ nullable: true, description: 'seats; null = unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() waitlistEnabled?: boolean;
}

export class UpdateEventDto extends PartialType(CreateEventDto) {}

export class EventListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EVENT_KINDS }) @IsOptional() @IsIn(EVENT_KINDS) kind?: EventKind;
  @ApiPropertyOptional({ description: 'events ending at or after this instant' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;
  @ApiPropertyOptional({ description: 'events starting before this instant' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class GuestDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) company?: string | null;
  @ApiProperty() @IsEmail({}, { message: 'guest.email must be an email address' }) @MaxLength(254) email!: string;
}

export class RegisterDto {
  @ApiPropertyOptional({ description: 'staff: the tenant attending; tenant users: omitted (their own)' })
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a UUID' })
  tenantId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) attendeeName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;
  @ApiPropertyOptional({ type: GuestDto, description: 'staff only: an outside guest' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuestDto)
  guest?: GuestDto;
}

export class RegistrationParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @IsUUID('all', { message: 'registrationId must be a UUID' }) registrationId!: string;
}

export class RegistrationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REG_STATUSES }) @IsOptional() @IsIn(REG_STATUSES) status?: (typeof REG_STATUSES)[number];
}

export class EventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ type: [String] }) coHostIds!: string[];
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty() waitlistEnabled!: boolean;

  static from(e: Event): EventDto {
    return {
      id: e.id,
      kind: e.kind,
      title: e.title,
      description: e.description,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      venue: e.venue,
      coHostIds: e.coHostIds,
      capacity: e.capacity,
      waitlistEnabled: e.waitlistEnabled,
    };
  }
}

export class EventPageDto {
  @ApiProperty({ type: [EventDto] }) items!: EventDto[];
  @ApiProperty() total!: number;
}

export class RegistrationDto {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ nullable: true, type: String }) tenantId!: string | null;
  @ApiProperty() attendeeName!: string;
  @ApiProperty({ nullable: true, type: String }) companyName!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ enum: REG_STATUSES }) status!: string;
  @ApiProperty() registeredAt!: string;
  @ApiProperty({ nullable: true, type: String }) checkedInAt!: string | null;

  static from(r: EventRegistration): RegistrationDto {
    return {
      id: r.id,
      eventId: r.eventId,
      tenantId: r.tenantId,
      attendeeName: r.attendeeName,
      companyName: r.companyName,
      email: r.email,
      status: r.status,
      registeredAt: r.registeredAt.toISOString(),
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
    };
  }
}

export class RegistrationPageDto {
  @ApiProperty({ type: [RegistrationDto] }) items!: RegistrationDto[];
  @ApiProperty() total!: number;
}

export class CancellationDto {
  @ApiProperty({ type: RegistrationDto }) registration!: RegistrationDto;
  @ApiProperty({ type: [String], description: 'registrations confirmed from the waitlist' }) promotedIds!: string[];
}
