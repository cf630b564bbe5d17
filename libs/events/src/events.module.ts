import { Module } from '@nestjs/common';
import { PartnersModule } from '@tamago/partners';
import { TenantsModule } from '@tamago/tenants';
import { EventRegistrationService } from './event-registration.service';
import { EventService } from './event.service';

/** Events, registrations with a waitlist, check-in and attendee export. */
@Module({
  imports: [TenantsModule, PartnersModule],
  providers: [EventService, EventRegistrationService],
  exports: [EventService, EventRegistrationService],
})
export class EventsModule {}
