import { Injectable } from '@nestjs/common';
import { LeaseService } from '@tamago/leasing';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';

/** Leases of the tenant: start, and the end when it has ended or was terminated. */
@Injectable()
export class LeaseSource implements TimelineSource {
  readonly kinds = ['lease'];

  constructor(private readonly leases: LeaseService) {}

  async itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]> {
    const { items } = await this.leases.list(facilityId, { tenantId, limit: 200, offset: 0 });
    return items.flatMap((l) => {
      const ref = { type: 'lease', id: l.id };
      const out: TimelineItem[] = [
        {
          at: midnightIn(l.startDate, ctx.timeZone),
          kind: 'lease',
          title: `Lease ${l.startDate} – ${l.endDate} (${l.status})`,
          detail: `Monthly rent ¥${l.monthlyRent.toLocaleString('ja-JP')}`,
          staffOnly: false,
          ref,
        },
      ];
      const endedOn = l.terminatedOn ?? l.movedOutOn;
      if (endedOn)
        out.push({
          at: midnightIn(endedOn, ctx.timeZone),
          kind: 'lease',
          title: `Lease ended ${endedOn}`,
          staffOnly: false,
          ref,
        });
      return out;
    });
  }
}
