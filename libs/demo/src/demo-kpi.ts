import { EntityManager } from 'typeorm';
import { addDays, addMonths, todayIn } from '@tamago/core';
import { KpiSubmission, KpiSurvey, parseSurveyPeriod } from '@tamago/kpi';
import { Tenant, followUpEndsOn } from '@tamago/tenants';
import { demoRandom } from './demo-meters';

const QUARTERS = 4;

/**
 * Seeds KPI history: surveys for the last four calendar quarters, each answered by most of the
 * tenants it asks (active ones that had entered, alumni in follow-up), with figures that grow
 * quarter by quarter. Deterministic, and dated from the current month like the rest of the demo.
 */
export async function seedDemoKpi(em: EntityManager, facilityId: string): Promise<void> {
  const rand = demoRandom(20_260_701);
  const month = Number(todayIn().slice(5, 7));
  const currentQuarterStart = `${todayIn().slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  const tenants = await em.find(Tenant, { where: { facilityId }, order: { nameKana: 'ASC', id: 'ASC' } });
  const base = new Map(tenants.map((t) => [t.id, { scale: 0.5 + rand() * 2, employees: t.employees ?? 1 }]));
  for (let q = QUARTERS; q >= 1; q--) {
    const start = addMonths(currentQuarterStart, -3 * q);
    const period = parseSurveyPeriod(`${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`);
    const opensOn = addDays(period.endDate, 1);
    const survey = await em.save(
      em.create(KpiSurvey, { facilityId, period: period.label, ...period, opensOn, closesOn: addDays(opensOn, 30) }),
    );
    const asked = tenants.filter(
      (t) =>
        (t.status === 'active' && (t.enteredOn ?? '0000') <= period.endDate) ||
        (t.status === 'graduated' &&
          t.graduatedOn !== null &&
          t.graduatedOn <= period.endDate &&
          followUpEndsOn(t.graduatedOn) >= period.startDate),
    );
    const growth = 1 + (QUARTERS - q) * 0.05;
    const answers = asked
      .filter(() => rand() < 0.85)
      .map((t) => {
        const b = base.get(t.id)!;
        return em.create(KpiSubmission, {
          facilityId,
          surveyId: survey.id,
          tenantId: t.id,
          employees: Math.round(b.employees * growth),
          revenue: Math.round((b.scale * growth * 12_000_000) / 1000) * 1000,
          moneyRaised: rand() < 0.15 ? Math.round(rand() * 50) * 1_000_000 : 0,
          patents: rand() < 0.1 ? 1 : 0,
          productsLaunched: rand() < 0.2 ? 1 : 0,
          note: null,
          enteredBy: rand() < 0.8 ? 'tenant' : 'staff',
          submittedBy: null,
        });
      });
    await em.save(answers, { chunk: 200 });
  }
}
