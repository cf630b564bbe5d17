import { Injectable } from '@nestjs/common';
import { EventRegistrationService } from '@tamago/events';
import { TimelineItem, TimelineSource } from '../timeline-item';
import { registrationStatus } from './labels';

/** Event registrations of the tenant's people and their attendance (check-in). */
@Injectable()
export class EventSource implements TimelineSource {
  readonly kinds = ['event_registration', 'event_attendance'];

  constructor(private readonly registrations: EventRegistrationService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const rows = await this.registrations.listForTenant(facilityId, tenantId);
    return rows.flatMap((r) => {
      const ref = { type: 'event', id: r.eventId };
      const title = r.event?.title ?? 'イベント';
      const status = registrationStatus(r.status);
      const items: TimelineItem[] = [
        {
          at: r.registeredAt.toISOString(),
          kind: 'event_registration',
          title: `イベント参加登録: ${title}（${r.attendeeName}、${status.ja}）`,
          titleEn: `Event registration: ${title} (${r.attendeeName}, ${status.en})`,
          staffOnly: false,
          ref,
        },
      ];
      if (r.checkedInAt)
        items.push({
          at: r.checkedInAt.toISOString(),
          kind: 'event_attendance',
          title: `イベント参加: ${title}（${r.attendeeName}）`,
          titleEn: `Event attended: ${title} (${r.attendeeName})`,
          staffOnly: false,
          ref,
        });
      return items;
    });
  }
}
