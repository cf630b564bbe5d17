/**
 * Reasons of the domain errors of the events context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/events.ts).
 */
export const EventsError = {
  AlreadyRegistered: 'events.alreadyRegistered',
  AttendeeMissing: 'events.attendeeMissing',
  AttendeeNameRequired: 'events.attendeeNameRequired',
  CannotCheckIn: 'events.cannotCheckIn',
  CapacityBelowConfirmed: 'events.capacityBelowConfirmed',
  EndsBeforeStarts: 'events.endsBeforeStarts',
  EventFull: 'events.eventFull',
  EventNotFound: 'events.eventNotFound',
  EventOver: 'events.eventOver',
  GuestsByStaffOnly: 'events.guestsByStaffOnly',
  RegistrationAlreadyCancelled: 'events.registrationAlreadyCancelled',
  RegistrationNotFound: 'events.registrationNotFound',
  TenantAndGuestBoth: 'events.tenantAndGuestBoth',
  TenantNotInFacility: 'events.tenantNotInFacility',
  TenantNotOwnCompany: 'events.tenantNotOwnCompany',
  WaitlistNotEmpty: 'events.waitlistNotEmpty',
} as const;
export type EventsError = (typeof EventsError)[keyof typeof EventsError];
