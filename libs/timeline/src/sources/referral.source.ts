import { Injectable } from '@nestjs/common';
import { ReferralService } from '@tamago/partners';
import { TimelineItem, TimelineSource } from '../timeline-item';
import { referralOutcome, referralStatus } from './labels';

/** Referrals: each status step; internal notes as separate staff-only items. */
@Injectable()
export class ReferralSource implements TimelineSource {
  readonly kinds = ['referral', 'referral_note'];

  constructor(private readonly referrals: ReferralService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const referrals = await this.referrals.listForTenant(facilityId, tenantId);
    return referrals.flatMap((r) => {
      const ref = { type: 'referral', id: r.id };
      const outbound = r.direction === 'outbound';
      const org = r.organization?.name ?? (outbound ? '支援機関' : 'partner');
      const what = outbound ? `支援機関紹介: ${org}` : `支援機関からの紹介: ${org}`;
      const whatEn = outbound ? `Referral to ${org}` : `Referred by ${org}`;
      const outcome = r.outcome ? referralOutcome(r.outcome).ja : null;
      const steps: TimelineItem[] = r.history.map((step) => ({
        at: step.at,
        kind: 'referral',
        title: `${what}（${referralStatus(step.status).ja}）`,
        titleEn: `${whatEn} (${referralStatus(step.status).en})`,
        detail: step.status === 'closed' ? [outcome, r.outcomeDetail].filter(Boolean).join(' — ') : r.need,
        staffOnly: false,
        ref,
      }));
      if (r.staffNotes)
        steps.push({
          at: r.updatedAt.toISOString(),
          kind: 'referral_note',
          title: `${what}（メモ）`,
          titleEn: `${whatEn} (note)`,
          detail: r.staffNotes,
          staffOnly: true,
          ref,
        });
      return steps;
    });
  }
}
