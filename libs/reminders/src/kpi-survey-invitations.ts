import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { UserDirectoryService } from '@tamago/identity';
import {
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  HandlesJob,
  JobHandler,
  KpiSurveyInvitationsPayload,
  OutboxService,
} from '@tamago/jobs';
import { KpiSubmissionService, KpiSurveyService } from '@tamago/kpi';
import { NotificationService } from '@tamago/notifications';

/** What one invitation run did: invitations written (and mailed or inbox only), and ones found already sent. */
export interface InvitationCounts {
  surveys: number;
  invited: number;
  alreadyInvited: number;
}

/**
 * KPI survey invitations: every tenant user asked by a survey that is open on the day and has not
 * answered is invited once per survey (a unique key per survey and user), in the inbox and by mail.
 * A survey created after its opening day is invited on the next run; a user who joins later too.
 */
@Injectable()
export class KpiSurveyInvitationService {
  private readonly logger = new Logger(KpiSurveyInvitationService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
    private readonly surveys: KpiSurveyService,
    private readonly submissions: KpiSubmissionService,
    private readonly users: UserDirectoryService,
    private readonly notifications: NotificationService,
  ) {}

  async invite(facilityId: string, date: string): Promise<InvitationCounts> {
    const facility = await this.facilities.get(facilityId);
    const open = await this.surveys.openOn(facilityId, date);
    const counts: InvitationCounts = { surveys: open.length, invited: 0, alreadyInvited: 0 };
    for (const survey of open) {
      for (const tenant of await this.submissions.missing(facilityId, survey.id)) {
        for (const r of await this.users.recipients(facilityId, { tenantId: tenant.id })) {
          const outcome = await this.tx.inFacility(facilityId, (em) =>
            this.notifications.notifyIn(em, facilityId, {
              kind: 'kpi_survey_invitation',
              dedupeKey: `kpi_survey_invitation:${survey.id}:${r.userId}`,
              recipient: r,
              params: { facilityName: facility.name, surveyName: survey.period, dueDate: survey.closesOn },
            }),
          );
          if (outcome.created) counts.invited += 1;
          else counts.alreadyInvited += 1;
        }
      }
    }
    this.logger.log({ msg: 'kpi survey invitations done', facilityId, date, ...counts });
    return counts;
  }
}

/** KPI survey invitations, every day at 10:00 in the facility's time zone unless the facility set another time. */
@Injectable()
@FacilitySchedule()
export class KpiSurveyInvitationSchedule implements FacilityScheduleKind {
  readonly kind = 'kpi-survey-invitations';
  readonly description = 'KPIアンケートのご案内（受付中のアンケート、毎日） / KPI survey invitations (daily)';
  readonly defaults = { localTime: '10:00' };

  firesOn(): boolean {
    return true;
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'kpi-survey-invitations', { facilityId: ctx.facilityId, date });
  }
}

/** Runs a facility's invitations (`kpi-survey-invitations`). */
@Injectable()
@JobHandler('kpi-survey-invitations')
export class KpiSurveyInvitationsJob implements HandlesJob<'kpi-survey-invitations'> {
  constructor(private readonly invitations: KpiSurveyInvitationService) {}

  handle(p: KpiSurveyInvitationsPayload): Promise<InvitationCounts> {
    return this.invitations.invite(p.facilityId, p.date);
  }
}
