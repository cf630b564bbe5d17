import { Injectable } from '@nestjs/common';
import { ImprovementPlanService } from '@tamago/partners';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';
import { yen } from './yen';

/** Improvement plans and their reviews; review notes are staff-only items. */
@Injectable()
export class ImprovementPlanSource implements TimelineSource {
  readonly kinds = ['improvement_plan', 'improvement_plan_review', 'improvement_plan_note'];

  constructor(private readonly plans: ImprovementPlanService) {}

  async itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]> {
    const views = await this.plans.listForTenant(facilityId, tenantId);
    return views.flatMap(({ plan, reviews }) => {
      const ref = { type: 'improvement_plan', id: plan.id };
      const items: TimelineItem[] = [
        {
          at: midnightIn(plan.startsOn, ctx.timeZone),
          kind: 'improvement_plan',
          title: `経営改善計画: ${plan.title}`,
          titleEn: `Improvement plan: ${plan.title}`,
          detail: `担当診断士 ${plan.consultantName}`,
          staffOnly: false,
          ref,
        },
      ];
      for (const { review, variance } of reviews) {
        const at = midnightIn(review.reviewedOn, ctx.timeZone);
        items.push({
          at,
          kind: 'improvement_plan_review',
          title: `経営改善計画 モニタリング ${review.fiscalYear}年度`,
          titleEn: `Plan review FY${review.fiscalYear}`,
          detail: `売上差異 ${yen(variance.sales.varianceYen ?? 0)}（${variance.sales.varianceBp ?? '—'} bp）`,
          staffOnly: false,
          ref,
        });
        if (review.notes)
          items.push({
            at,
            kind: 'improvement_plan_note',
            title: `経営改善計画 モニタリング ${review.fiscalYear}年度: メモ`,
            titleEn: `Plan review FY${review.fiscalYear}: note`,
            detail: review.notes,
            staffOnly: true,
            ref,
          });
      }
      return items;
    });
  }
}
