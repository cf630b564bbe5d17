import { Injectable } from '@nestjs/common';
import { addDays, addMonths, runAt } from '@tamago/core';
import { KpiSubmissionService, KpiSurveyService, parseSurveyPeriod, type KpiFigures } from '@tamago/kpi';
import { followUpEndsOn } from '@tamago/tenants';
import { DemoContext, demoRandom, when } from './demo-context';

const QUARTERS = 4;

/**
 * Seeds KPI history: surveys for the last four calendar quarters, opened the day after each
 * quarter and answered within the month by most of the tenants it asks (active ones that had
 * entered, alumni in follow-up) — the portal login's company on the portal, the others entered by staff — with
 * figures that grow quarter by quarter.
 */
@Injectable()
export class DemoKpiSeeder {
  constructor(
    private readonly surveys: KpiSurveyService,
    private readonly submissions: KpiSubmissionService,
  ) {}

  async seed(ctx: DemoContext): Promise<void> {
    const rand = demoRandom(20_260_701);
    const month = Number(ctx.anchor.slice(5, 7));
    const currentQuarterStart = `${ctx.anchor.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    const tenants = [...ctx.tenants].sort((a, b) => (a.nameKana < b.nameKana ? -1 : 1));
    const base = new Map(
      tenants.map((t) => [t.id, { scale: 0.5 + rand() * 2, employees: 1 + Math.floor(rand() * 20) }]),
    );
    for (let q = QUARTERS; q >= 1; q--) {
      const start = addMonths(currentQuarterStart, -3 * q);
      const period = parseSurveyPeriod(`${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`);
      const opensOn = addDays(period.endDate, 1);
      const survey = await runAt(when(opensOn, '09:00'), () =>
        this.surveys.open(ctx.facilityId, ctx.staff.im, {
          period: period.label,
          opensOn,
          closesOn: addDays(opensOn, 30),
        }),
      );
      const asked = tenants.filter(
        (t) =>
          (t.status === 'active' && (t.enteredOn ?? '9999') <= period.endDate) ||
          (t.status === 'graduated' &&
            t.graduatedOn !== null &&
            t.graduatedOn <= period.endDate &&
            followUpEndsOn(t.graduatedOn) >= period.startDate),
      );
      const growth = 1 + (QUARTERS - q) * 0.05;
      const staffEntered: { tenantId: string; figures: KpiFigures; at: Date }[] = [];
      for (const t of asked) {
        if (rand() >= 0.85) continue;
        const b = base.get(t.id)!;
        const figures = {
          employees: Math.round(b.employees * growth),
          revenue: Math.round((b.scale * growth * 12_000_000) / 1000) * 1000,
          moneyRaised: rand() < 0.15 ? Math.round(rand() * 50) * 1_000_000 : 0,
          patents: rand() < 0.1 ? 1 : 0,
          productsLaunched: rand() < 0.2 ? 1 : 0,
        };
        const on = addDays(opensOn, Math.floor(rand() * 28));
        // The portal login's company answers itself; the others' paper forms were entered by staff.
        if (t.id === ctx.loginTenantId)
          await runAt(when(on, '20:15'), () =>
            this.submissions.submit(
              ctx.facilityId,
              { userId: ctx.loginUserId, asTenant: true },
              survey.id,
              t.id,
              figures,
            ),
          );
        else staffEntered.push({ tenantId: t.id, figures, at: when(on, '15:40') });
      }
      await runAt(when(addDays(opensOn, 29), '17:00'), () =>
        this.submissions.enterMany(ctx.facilityId, ctx.staff.im, survey.id, staffEntered),
      );
    }
  }
}
