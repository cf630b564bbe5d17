import type { Catalogue } from '../catalogue';

/** English messages of the reasons `events.*`. */
export const events: Catalogue['errors']['events'] = {
  alreadyRegistered: 'This person is already registered for the event.',
  attendeeMissing: 'Give tenantId (a tenant attendee) or guest.',
  attendeeNameRequired: 'attendeeName is required for a tenant attendee.',
  cannotCheckIn: 'A {{registrationStatus}} registration cannot check in.',
  capacityBelowConfirmed: '{{confirmed}} registrations are confirmed; capacity cannot go below that.',
  endsBeforeStarts: 'endsAt must be after startsAt.',
  eventFull: 'The event is full ({{confirmed}} of {{seats}} seats taken).',
  eventNotFound: 'Event {{id}} was not found.',
  eventOver: 'The event is over; registration is closed.',
  guestsByStaffOnly: 'Guests are registered by the facility staff.',
  registrationAlreadyCancelled: 'The registration is already cancelled.',
  registrationNotFound: 'Registration {{id}} was not found.',
  tenantAndGuestBoth: 'Give either tenantId or guest, not both.',
  tenantNotInFacility: 'tenantId must name a tenant of this facility.',
  tenantNotOwnCompany: 'tenantId must be your own company.',
  waitlistNotEmpty: 'People are on the waitlist; confirm or cancel them before switching it off.',
};
