export { type Event, EventKind, EVENT_KINDS } from './event.entity';
export { type EventRegistration } from './event-registration.entity';
export * from './event-inputs';
export { EventService, EventStatsRow } from './event.service';
export { EventRegistrationService, Cancellation } from './event-registration.service';
export { attendeeCsv, localTime } from './attendee-export';
export { EventsModule } from './events.module';
export * from './domain';
