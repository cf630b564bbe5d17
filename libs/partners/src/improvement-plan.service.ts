import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, parseIsoDate } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { TenantService } from '@tamago/tenants';
import { YearVariance, isReviewOverdue } from './domain';
import { ImprovementPlanReview } from './improvement-plan-review.entity';
import { checkMonitoringDates, planNextReview, reviewVariance } from './improvement-plan-rules';
import { ImprovementPlan } from './improvement-plan.entity';
import { OrganizationService } from './organization.service';
import { ImprovementPlanPatch, NewImprovementPlan, NewPlanReview, PlanListQuery } from './partner-inputs';
import { assertTenantInBody, facilityToday } from './partner-rules';
import { PartnersError } from './errors';

/** A plan with its reviews and what follow-up needs: overdue flag, consultant time. */
export interface PlanView {
  plan: ImprovementPlan;
  reviews: ReviewView[];
  overdue: boolean;
  consultantMinutes: number;
}

/** A plan review falling due (reminders). */
export interface PlanReviewDue {
  planId: string;
  tenantId: string;
  tenantName: string;
  title: string;
  dueOn: string;
}

/** A review with its variance against the year's targets. */
export interface ReviewView {
  review: ImprovementPlanReview;
  variance: YearVariance;
}

/** Follow-up of management-improvement plans: targets, monitoring reviews, variances, overdue reviews. */
@Injectable()
export class ImprovementPlanService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantService,
    private readonly organizations: OrganizationService,
  ) {}

  /** Lists plans (with reviews) by tenant and status. */
  list(facilityId: string, query: PlanListQuery): Promise<{ items: PlanView[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const where: Record<string, unknown> = { facilityId };
      if (query.tenantId) where.tenantId = query.tenantId;
      if (query.status) where.status = query.status;
      const [plans, total] = await em.findAndCount(ImprovementPlan, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: query.offset,
        take: query.limit,
      });
      return { items: await this.views(em, facilityId, plans), total };
    });
  }

  /** Active plans whose next review date has passed without a review: the dashboard's list. */
  overdueReviews(
    facilityId: string,
    query: { limit: number; offset: number },
  ): Promise<{ items: PlanView[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const today = await facilityToday(em, facilityId);
      const qb = em
        .createQueryBuilder(ImprovementPlan, 'p')
        .where('p.facility_id = :facilityId', { facilityId })
        .andWhere("p.status = 'active'")
        .andWhere('p.next_review_on < :today', { today })
        .orderBy('p.next_review_on', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .skip(query.offset)
        .take(query.limit);
      const [plans, total] = await qb.getManyAndCount();
      return { items: await this.views(em, facilityId, plans), total };
    });
  }

  /** Active plans whose next review falls on one of `dates` (reminders), with the tenant's name; two queries. */
  reviewsDueOn(facilityId: string, dates: readonly string[]): Promise<PlanReviewDue[]> {
    if (dates.length === 0) return Promise.resolve([]);
    return this.tx.inFacility(facilityId, async (em) => {
      const plans = await em
        .createQueryBuilder(ImprovementPlan, 'p')
        .where("p.facility_id = :facilityId AND p.status = 'active'", { facilityId })
        .andWhere('p.next_review_on IN (:...dates)', { dates: [...dates] })
        .orderBy('p.next_review_on', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .getMany();
      const names = await this.tenants.namesOf(
        facilityId,
        plans.map((p) => p.tenantId),
      );
      return plans.map((p) => ({
        planId: p.id,
        tenantId: p.tenantId,
        tenantName: names.get(p.tenantId) ?? '',
        title: p.title,
        dueOn: p.nextReviewOn!,
      }));
    });
  }

  /** One plan with its reviews. */
  get(facilityId: string, id: string): Promise<PlanView> {
    return this.tx.inFacility(
      facilityId,
      async (em) => (await this.views(em, facilityId, [await this.load(em, facilityId, id)]))[0],
    );
  }

  /** Every plan of one tenant with its reviews (for the timeline). */
  listForTenant(facilityId: string, tenantId: string): Promise<PlanView[]> {
    return this.tx.inFacility(facilityId, async (em) =>
      this.views(
        em,
        facilityId,
        await em.find(ImprovementPlan, { where: { facilityId, tenantId }, order: { createdAt: 'ASC' } }),
      ),
    );
  }

  /** Records a plan; its first review is due on the first monitoring date (or one interval after the start). */
  async create(facilityId: string, actorId: string, input: NewImprovementPlan): Promise<PlanView> {
    const startsOn = parseIsoDate(input.startsOn, 'startsOn');
    const monitoringDates = checkMonitoringDates(startsOn, input.monitoringDates ?? []);
    const interval = input.reviewIntervalMonths ?? 3;
    checkTargets(input.targets);
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        await assertTenantInBody(this.tenants, em, facilityId, input.tenantId);
        if (input.consultantOrganizationId)
          await this.organizations.assertKnown(
            em,
            facilityId,
            [input.consultantOrganizationId],
            'consultantOrganizationId',
          );
        const plan = em.create(ImprovementPlan, {
          facilityId,
          tenantId: input.tenantId,
          title: input.title.trim(),
          consultantName: input.consultantName.trim(),
          consultantOrganizationId: input.consultantOrganizationId ?? null,
          startsOn,
          targets: sortTargets(input.targets),
          monitoringDates,
          reviewIntervalMonths: interval,
          nextReviewOn: planNextReview(startsOn, monitoringDates, null, interval),
          status: 'active',
          notes: input.notes ?? null,
        });
        return (await em.save(plan)).id;
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Changes a plan; the next review date is recomputed from the (new) schedule. */
  async update(facilityId: string, actorId: string, id: string, patch: ImprovementPlanPatch): Promise<PlanView> {
    if (patch.targets) checkTargets(patch.targets);
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const plan = await this.load(em, facilityId, id, true);
        if (patch.consultantOrganizationId)
          await this.organizations.assertKnown(
            em,
            facilityId,
            [patch.consultantOrganizationId],
            'consultantOrganizationId',
          );
        if (patch.title !== undefined) plan.title = patch.title.trim();
        if (patch.consultantName !== undefined) plan.consultantName = patch.consultantName.trim();
        if (patch.consultantOrganizationId !== undefined)
          plan.consultantOrganizationId = patch.consultantOrganizationId;
        if (patch.targets !== undefined) plan.targets = sortTargets(patch.targets);
        if (patch.monitoringDates !== undefined)
          plan.monitoringDates = checkMonitoringDates(plan.startsOn, patch.monitoringDates);
        if (patch.reviewIntervalMonths !== undefined) plan.reviewIntervalMonths = patch.reviewIntervalMonths;
        if (patch.status !== undefined) plan.status = patch.status;
        if (patch.notes !== undefined) plan.notes = patch.notes;
        plan.nextReviewOn = plan.status === 'active' ? await this.nextReview(em, plan) : null;
        await saveScoped(em, facilityId, plan);
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Records a review with the year's actuals; the next review date moves on. */
  async addReview(facilityId: string, actorId: string, planId: string, input: NewPlanReview): Promise<ReviewView> {
    const reviewedOn = parseIsoDate(input.reviewedOn, 'reviewedOn');
    const reviewId = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const plan = await this.load(em, facilityId, planId, true);
        if (plan.status !== 'active')
          throw DomainError.conflict(PartnersError.PlanCompleted, 'The plan is completed; reopen it to add reviews.');
        if (reviewedOn < plan.startsOn)
          throw DomainError.invalid(
            PartnersError.ReviewBeforePlanStart,
            'reviewedOn',
            'reviewedOn falls before the plan starts.',
          );
        reviewVariance(plan.targets, actualsOf(input));
        const review = await em.save(
          em.create(ImprovementPlanReview, {
            facilityId,
            planId,
            reviewedOn,
            fiscalYear: input.fiscalYear,
            actualSales: input.actualSales,
            actualOperatingProfit: input.actualOperatingProfit,
            actualCashFlow: input.actualCashFlow,
            consultantMinutes: input.consultantMinutes ?? 0,
            notes: input.notes ?? null,
          }),
        );
        plan.nextReviewOn = await this.nextReview(em, plan);
        await saveScoped(em, facilityId, plan);
        return review.id;
      },
      actorId,
    );
    const view = await this.get(facilityId, planId);
    return view.reviews.find((r) => r.review.id === reviewId)!;
  }

  private async nextReview(em: EntityManager, plan: ImprovementPlan): Promise<string> {
    const last = await em.findOne(ImprovementPlanReview, {
      where: { facilityId: plan.facilityId, planId: plan.id },
      order: { reviewedOn: 'DESC' },
    });
    return planNextReview(plan.startsOn, plan.monitoringDates, last?.reviewedOn ?? null, plan.reviewIntervalMonths);
  }

  private async load(em: EntityManager, facilityId: string, id: string, lock = false): Promise<ImprovementPlan> {
    const plan = await em.findOne(ImprovementPlan, {
      where: { facilityId, id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!plan) throw DomainError.notFound(PartnersError.ImprovementPlanNotFound, 'Improvement plan', id);
    return plan;
  }

  private async views(em: EntityManager, facilityId: string, plans: ImprovementPlan[]): Promise<PlanView[]> {
    if (plans.length === 0) return [];
    const today = await facilityToday(em, facilityId);
    const reviews = await em.find(ImprovementPlanReview, {
      where: plans.map((p) => ({ facilityId, planId: p.id })),
      order: { reviewedOn: 'ASC', createdAt: 'ASC' },
    });
    return plans.map((plan) => {
      const own = reviews.filter((r) => r.planId === plan.id);
      return {
        plan,
        reviews: own.map((review) => ({ review, variance: reviewVariance(plan.targets, actualsOf(review)) })),
        overdue: plan.status === 'active' && plan.nextReviewOn !== null && isReviewOverdue(plan.nextReviewOn, today),
        consultantMinutes: own.reduce((sum, r) => sum + r.consultantMinutes, 0),
      };
    });
  }
}

function actualsOf(r: Pick<NewPlanReview, 'fiscalYear' | 'actualSales' | 'actualOperatingProfit' | 'actualCashFlow'>) {
  return {
    fiscalYear: r.fiscalYear,
    sales: r.actualSales,
    operatingProfit: r.actualOperatingProfit,
    cashFlow: r.actualCashFlow,
  };
}

function checkTargets(targets: NewImprovementPlan['targets']): void {
  if (targets.length === 0)
    throw DomainError.invalid(
      PartnersError.PlanNeedsTargets,
      'targets',
      'A plan has targets for at least one fiscal year.',
    );
  const years = new Set<number>();
  targets.forEach((t, i) => {
    if (years.has(t.fiscalYear))
      throw DomainError.invalid(
        PartnersError.FiscalYearListedTwice,
        `targets[${i}].fiscalYear`,
        `FY${t.fiscalYear} is listed twice.`,
        { fiscalYear: t.fiscalYear },
      );
    years.add(t.fiscalYear);
  });
}

function sortTargets(targets: NewImprovementPlan['targets']) {
  return [...targets]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((t) => ({
      fiscalYear: t.fiscalYear,
      sales: t.sales,
      operatingProfit: t.operatingProfit,
      cashFlow: t.cashFlow,
    }));
}
