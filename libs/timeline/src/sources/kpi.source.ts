import { Injectable } from '@nestjs/common';
import { KpiSubmissionService } from '@tamago/kpi';
import { TimelineItem, TimelineSource } from '../timeline-item';

/** KPI survey submissions: one item per survey answered, placed when it was first submitted. */
@Injectable()
export class KpiSource implements TimelineSource {
  readonly kinds = ['kpi_submission'];

  constructor(private readonly submissions: KpiSubmissionService) {}

  async itemsFor(facilityId: string, tenantId: string): Promise<TimelineItem[]> {
    // The timeline service has already confined the reader to this tenant.
    const history = await this.submissions.history(facilityId, tenantId, null);
    return history.map((s) => ({
      at: s.createdAt.toISOString(),
      kind: 'kpi_submission',
      title: `KPI報告 ${s.period} 提出`,
      titleEn: `KPI report ${s.period} submitted`,
      ...(s.enteredBy === 'staff' ? { detail: '施設による代理入力' } : {}),
      staffOnly: false,
      ref: { type: 'kpi_submission', id: s.id },
    }));
  }
}
