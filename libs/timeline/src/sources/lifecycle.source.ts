import { Injectable } from '@nestjs/common';
import { AuditService } from '@tamago/audit';
import { TimelineItem, TimelineSource } from '../timeline-item';
import { tenantStatus } from './labels';

/** Lifecycle steps of the tenant (applicant → … → graduated), derived from the audit log of its record. */
@Injectable()
export class LifecycleSource implements TimelineSource {
  readonly kinds = ['lifecycle'];

  constructor(private readonly audit: AuditService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    const { items } = await this.audit.list(facilityId, {
      entity: 'tenant',
      entityId: tenantId,
      limit: 200,
      offset: 0,
    });
    return items
      .filter((e) => e.changes?.status && e.changes.status.after !== e.changes.status.before)
      .map((e) => {
        const { before, after } = e.changes.status;
        const [from, to] = [tenantStatus(before), tenantStatus(after)];
        return {
          at: e.occurredAt.toISOString(),
          kind: 'lifecycle',
          title: before ? `ステータス変更: ${from.ja} → ${to.ja}` : `登録: ${to.ja}`,
          titleEn: before ? `Status ${from.en} → ${to.en}` : `Registered as ${to.en}`,
          staffOnly: false,
          ref: { type: 'tenant', id: tenantId },
        };
      });
  }
}
