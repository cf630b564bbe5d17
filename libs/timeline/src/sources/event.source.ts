import { Injectable } from '@nestjs/common';
import { EventRegistrationService } from '@tamago/events';
import { TimelineItem, TimelineSource } from '../timeline-item';

/** Event registrations of the tenant's people and their attendance (check-in). */
@Injectable()
export class EventSource implements TimelineSource {
  readonly kinds = ['event_registration', 'event_attendance'];

  constructor(private readonly registrations: EventRegistrationService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const rows = await this.registrations.listForTenant(facilityId, tenantId);
    return rows.flatMap((r) => {
      const ref = { type: 'event', id: r.eventId };
      const title = r.event?.title ?? 'event';
      const items: TimelineItem[] = [
        {
          at: r.registeredAt.toISOString(),
          kind: 'event_registration',
          title: `${r.attendeeName} registered for ${title} (${r.status})`,
          staffOnly: false,
          ref,
        },
      ];
      if (r.checkedInAt)
        items.push({
          at: r.checkedInAt.toISOString(),
          kind: 'event_attendance',
          title: `${r.attendeeName} attended ${title}`,
          staffOnly: false,
          ref,
        });
      return items;
    });
  }
}
