import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { KpiDraftService, KpiSubmissionService, KpiSurveyService } from '@tamago/kpi';
import { InboxService } from '@tamago/notifications';
import { ArrearsService } from '@tamago/payments';
import { AdvisorySessionService, SubsidyApplicationService, supportReaderOf } from '@tamago/support';
import { Actor } from '@tamago/identity';
import { AdvisorySessionView } from '../support/advisory-session.dto';
import { KpiDraftDto } from '../kpi/kpi.dto';
import { KpiQuestionDto, PortalKpiSurveyDto, PortalSummaryDto } from './portal.dto';

const KPI_QUESTIONS: KpiQuestionDto[] = [
  { key: 'employees', labelJa: '従業員数', labelEn: 'Employees', type: 'integer', required: true },
  { key: 'revenue', labelJa: '売上高（円）', labelEn: 'Revenue (yen)', type: 'integer', required: true },
  { key: 'moneyRaised', labelJa: '資金調達額（円）', labelEn: 'Money raised (yen)', type: 'integer', required: true },
  { key: 'patents', labelJa: '特許出願件数', labelEn: 'Patent applications', type: 'integer', required: true },
  {
    key: 'productsLaunched',
    labelJa: '新製品・サービス数',
    labelEn: 'Products launched',
    type: 'integer',
    required: true,
  },
  { key: 'note', labelJa: '備考', labelEn: 'Note', type: 'text', required: false },
];
const CLOSED_STAGES = new Set(['not_adopted', 'completed', 'closed', 'withdrawn', 'paid']);

/** The portal's reads that combine several contexts for one tenant (its own data only). */
@Injectable()
export class PortalService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly surveys: KpiSurveyService,
    private readonly submissions: KpiSubmissionService,
    private readonly drafts: KpiDraftService,
    private readonly arrears: ArrearsService,
    private readonly sessions: AdvisorySessionService,
    private readonly applications: SubsidyApplicationService,
    private readonly inbox: InboxService,
  ) {}

  /** Surveys open today with their questions, whether the tenant answered each and its saved draft. */
  async openSurveys(facilityId: string, tenantId: string): Promise<PortalKpiSurveyDto[]> {
    const today = await this.tx.inFacility(facilityId, (em) => facilityToday(em, facilityId));
    const [{ items }, history] = await Promise.all([
      this.surveys.list(facilityId, { limit: 200, offset: 0 }),
      this.submissions.history(facilityId, tenantId, tenantId),
    ]);
    const answered = new Set(history.map((h) => h.surveyId));
    const open = items.filter((s) => s.opensOn <= today && today <= s.closesOn);
    const openIds = open.map((s) => s.id);
    const drafts = new Map((await this.drafts.draftsOf(facilityId, tenantId, openIds)).map((d) => [d.surveyId, d]));
    return open.map((s) => {
      const draft = drafts.get(s.id);
      return {
        id: s.id,
        period: s.period,
        startDate: s.startDate,
        endDate: s.endDate,
        opensOn: s.opensOn,
        closesOn: s.closesOn,
        questions: KPI_QUESTIONS,
        submitted: answered.has(s.id),
        draft: draft ? KpiDraftDto.from(draft) : null,
      };
    });
  }

  /** What a portal home shows in one call. */
  async summary(facilityId: string, tenantId: string, actor: Actor): Promise<PortalSummaryDto> {
    const reader = supportReaderOf(actor);
    const today = await this.tx.inFacility(facilityId, (em) => facilityToday(em, facilityId));
    const [arrears, sessions, applications, surveys, unread] = await Promise.all([
      this.arrears.forTenant(facilityId, tenantId, tenantId),
      this.sessions.list(
        facilityId,
        { from: new Date().toISOString(), status: 'booked', limit: 20, offset: 0 },
        reader,
      ),
      this.applications.list(facilityId, { limit: 200, offset: 0 }, reader),
      this.openSurveys(facilityId, tenantId),
      this.inbox.unreadCount(facilityId, actor.userId),
    ]);
    const dueDates = arrears.invoices.map((i) => i.dueDate).sort();
    return {
      amountDue: arrears.balance,
      nextDueDate: dueDates[0] ?? null,
      upcomingSessions: sessions.items
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((s) => AdvisorySessionView.from(s)),
      openSubsidyDeadlines: applications.items
        .filter((a) => a.projectDeadline && a.projectDeadline >= today && !CLOSED_STAGES.has(a.stage))
        .map((a) => ({ applicationId: a.id, title: a.title, stage: a.stage, deadline: a.projectDeadline! }))
        .sort((a, b) => a.deadline.localeCompare(b.deadline)),
      unansweredSurveys: surveys.filter((s) => !s.submitted),
      unreadNotifications: unread,
    };
  }
}
