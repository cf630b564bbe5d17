import { ApiProperty } from '@nestjs/swagger';
import { EventDto, RegistrationDto } from '../events/event.dto';

/** One of the caller's tenant's live registrations, with its place in the queue while waitlisted. */
export class PortalRegistrationDto extends RegistrationDto {
  @ApiProperty({ nullable: true, type: Number, description: '1 = next to move up; null unless waitlisted' })
  waitlistPosition!: number | null;
}

/** An upcoming event as the portal shows it: seats left and the tenant's own registrations. */
export class PortalEventDto extends EventDto {
  @ApiProperty({ nullable: true, type: Number, description: 'null: no seat limit' })
  seatsLeft!: number | null;
  @ApiProperty({ description: 'waitlisted registrations of the event (everyone), for the queue length' })
  waitlisted!: number;
  @ApiProperty({ type: [PortalRegistrationDto] })
  myRegistrations!: PortalRegistrationDto[];
}

export class PortalEventListDto {
  @ApiProperty({ type: [PortalEventDto] }) items!: PortalEventDto[];
  @ApiProperty() total!: number;
}
