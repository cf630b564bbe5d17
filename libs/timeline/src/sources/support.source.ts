import { Injectable } from '@nestjs/common';
import { SupportTimelineSource } from '@tamago/support';
import { TimelineItem, TimelineSource } from '../timeline-item';

/** Subsidy stages and advisory sessions, as the support context contributes them. */
@Injectable()
export class SupportSource implements TimelineSource {
  readonly kinds = ['subsidy_stage', 'subsidy_note', 'advisory_session', 'consultation', 'session_notes'];

  constructor(private readonly support: SupportTimelineSource) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const items = await this.support.forTenant(facilityId, tenantId);
    return items.map((i) => ({
      at: i.at,
      kind: i.kind,
      title: i.title,
      titleEn: i.titleEn,
      staffOnly: i.staffOnly,
      ref: { ...i.ref },
      ...(i.holders ? { holders: i.holders } : {}),
    }));
  }
}
