import { Injectable } from '@nestjs/common';
import { ReferralService } from '@tamago/partners';
import { TimelineItem, TimelineSource } from '../timeline-item';

/** Referrals: each status step; internal notes as separate staff-only items. */
@Injectable()
export class ReferralSource implements TimelineSource {
  readonly kinds = ['referral', 'referral_note'];

  constructor(private readonly referrals: ReferralService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const referrals = await this.referrals.listForTenant(facilityId, tenantId);
    return referrals.flatMap((r) => {
      const ref = { type: 'referral', id: r.id };
      const org = r.organization?.name ?? 'partner';
      const what = r.direction === 'outbound' ? `Referral to ${org}` : `Referred by ${org}`;
      const steps: TimelineItem[] = r.history.map((step) => ({
        at: step.at,
        kind: 'referral',
        title: `${what}: ${step.status}`,
        detail: step.status === 'closed' ? [r.outcome, r.outcomeDetail].filter(Boolean).join(' — ') : r.need,
        staffOnly: false,
        ref,
      }));
      if (r.staffNotes)
        steps.push({
          at: r.updatedAt.toISOString(),
          kind: 'referral_note',
          title: `${what}: note`,
          detail: r.staffNotes,
          staffOnly: true,
          ref,
        });
      return steps;
    });
  }
}
