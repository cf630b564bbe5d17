import { Injectable } from '@nestjs/common';
import { clockNow } from '@tamago/core';
import { EventRegistrationService, EventService } from '@tamago/events';
import { EventDto, RegistrationDto } from '../events/event.dto';
import { PortalEventDto } from './portal-events.dto';

/**
 * Upcoming events for a tenant: seats are counted over everyone's registrations, but only the tenant's
 * own registrations are returned (never another tenant's names).
 */
@Injectable()
export class PortalEventsService {
  constructor(
    private readonly events: EventService,
    private readonly registrationsOf: EventRegistrationService,
  ) {}

  async upcoming(facilityId: string, tenantId: string): Promise<PortalEventDto[]> {
    const { items } = await this.events.list(facilityId, { from: clockNow().toISOString(), limit: 100, offset: 0 });
    if (items.length === 0) return [];
    const registrations = await this.registrationsOf.liveOf(
      facilityId,
      items.map((e) => e.id),
    );
    return items.map((event) => {
      const of = registrations.filter((r) => r.eventId === event.id);
      const confirmed = of.filter((r) => r.status === 'confirmed').length;
      // The same order promotion uses: earliest registration first.
      const queue = of.filter((r) => r.status === 'waitlisted').map((r) => r.id);
      return {
        ...EventDto.from(event),
        seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
        waitlisted: queue.length,
        myRegistrations: of
          .filter((r) => r.tenantId === tenantId)
          .map((r) => ({
            ...RegistrationDto.from(r),
            waitlistPosition: r.status === 'waitlisted' ? queue.indexOf(r.id) + 1 : null,
          })),
      };
    });
  }
}
