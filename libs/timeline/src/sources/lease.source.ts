import { Injectable } from '@nestjs/common';
import { LeaseLookup, type Lease } from '@tamago/leasing';
import { SpaceService } from '@tamago/spaces';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';
import { leaseStatus } from './labels';
import { yen } from './yen';

/** Leases of the tenant: start, and the end when it has ended or was terminated; titled by space codes. */
@Injectable()
export class LeaseSource implements TimelineSource {
  readonly kinds = ['lease'];

  constructor(
    private readonly leases: LeaseLookup,
    private readonly spaces: SpaceService,
  ) {}

  async itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]> {
    const { items } = await this.leases.list(facilityId, { tenantId, limit: 200, offset: 0 });
    const codes = await this.spaceCodes(facilityId, items);
    return items.flatMap((l) => {
      const ref = { type: 'lease', id: l.id };
      const spaceIds = [...new Set((l.spaces ?? []).map((s) => s.spaceId))];
      const where = spaceIds.map((id) => codes.get(id) ?? id).sort();
      const [ja, en] = [where.join('・'), where.join(', ')];
      const status = leaseStatus(l.status);
      // A draft or cancelled offer never started: say what it is rather than "start".
      const started = !['draft', 'cancelled'].includes(l.status);
      const out: TimelineItem[] = [
        {
          at: midnightIn(l.startDate, ctx.timeZone),
          kind: 'lease',
          title: started ? `入居契約 開始 ${ja}` : `入居契約（${status.ja}）${ja}`,
          titleEn: started ? `Lease started ${en}` : `Lease (${status.en}) ${en}`,
          detail: `契約期間 ${l.startDate}〜${l.endDate}、月額賃料 ${yen(l.monthlyRent)}（${status.ja}）`,
          staffOnly: false,
          ref,
        },
      ];
      const endedOn = l.terminatedOn ?? l.movedOutOn;
      if (endedOn)
        out.push({
          at: midnightIn(endedOn, ctx.timeZone),
          kind: 'lease',
          title: `入居契約 ${l.terminatedOn ? '中途解約' : '終了'} ${ja}`,
          titleEn: `Lease ${l.terminatedOn ? 'terminated' : 'ended'} ${en}`,
          detail: `${l.terminatedOn ? '解約日' : '退去日'} ${endedOn}`,
          staffOnly: false,
          ref,
        });
      return out;
    });
  }

  /** Space codes by id, read through the spaces library in one query. */
  private spaceCodes(facilityId: string, leases: Lease[]): Promise<Map<string, string>> {
    return this.spaces.codes(
      facilityId,
      leases.flatMap((l) => (l.spaces ?? []).map((s) => s.spaceId)),
    );
  }
}
