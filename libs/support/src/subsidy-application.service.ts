import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, todayIn } from '@tamago/core';
import { TransactionRunner, queryRows, saveScoped } from '@tamago/database';
import {
  allowedSubsidyTransitions,
  assertSubsidyStepDetails,
  assertSubsidyTransition,
  isTerminalSubsidyStage,
  parseSubsidyStage,
  type SubsidyDeadline,
  type SubsidyStage,
} from './domain';
import { facilityTimeZone } from '@tamago/facilities';
import { SubsidyApplication } from './subsidy-application.entity';
import {
  DEFAULT_EVIDENCE,
  DEFAULT_PREREQUISITES,
  applyChecklist,
  assertOrderAfterGrantDecision,
  tenantMayTick,
  type ChecklistName,
  checkCaseAmounts,
  deadlinesOf,
  stepDetails,
} from './subsidy-case-rules';
import { SubsidyProgramService } from './subsidy-program.service';
import { SubsidyStageEvent } from './subsidy-stage-event.entity';
import { SupportReader, caseViewFor, mayMoveSubsidyCases } from './support-reader';
import { SupportReferences } from './support-references';
import { ApplicationInput, ApplicationListQuery, ApplicationPatch, ApplicationTransition } from './support-input';
import { SupportError } from './errors';

/** One computed deadline of a case, with what names the case. */
export interface CaseDeadline extends SubsidyDeadline {
  applicationId: string;
  tenantId: string;
  programName: string;
  title: string | null;
  stage: SubsidyStage;
  /** The staff member in charge of the case, if any. */
  managerId: string | null;
}

/** A case with its history and computed deadlines. */
export interface SubsidyCaseView {
  application: SubsidyApplication;
  history: SubsidyStageEvent[];
  deadlines: SubsidyDeadline[];
  /** The stages the reader may move the case to next (empty for readers who may not move cases). */
  allowedTransitions: SubsidyStage[];
}

/** A listed case with its computed deadlines and the names of its programme and round. */
export interface ListedSubsidyCase {
  application: SubsidyApplication;
  programName: string;
  roundName: string;
  deadlines: SubsidyDeadline[];
  /** The stages the reader may move the case to next (empty for readers who may not move cases). */
  allowedTransitions: SubsidyStage[];
}

/**
 * The legal next stages of a case for the reader: the state machine's steps for those who run
 * cases, none for everyone else. Without a reader: a writer's call (create, update, transition).
 */
function allowedFor(stage: SubsidyStage, reader: SupportReader | null): SubsidyStage[] {
  if (reader && !mayMoveSubsidyCases(reader)) return [];
  return [...allowedSubsidyTransitions(stage)];
}

/** Subsidy cases: creation, checklists, stage transitions with amount checks, computed deadlines. */
/** One programme's cases over a range (reports); amounts in yen. */
export interface SubsidyStatsRow {
  programId: string;
  programName: string;
  applied: number;
  adopted: number;
  granted: number;
  decidedAmount: number;
  paid: number;
  paidAmount: number;
  /** Cases still running today. */
  open: number;
}

@Injectable()
export class SubsidyApplicationService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly programs: SubsidyProgramService,
    private readonly refs: SupportReferences,
  ) {}

  /** Lists cases as the reader may see them: tenant users only their own tenant's, staff notes only for note readers. */
  async list(
    facilityId: string,
    query: ApplicationListQuery,
    reader: SupportReader,
  ): Promise<{ items: SubsidyApplication[]; total: number }> {
    const page = await this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(SubsidyApplication, 'a').where('a.facility_id = :facilityId', { facilityId });
      const tenantId = reader.ownTenantId ?? query.tenantId;
      if (tenantId) qb.andWhere('a.tenant_id = :tenantId', { tenantId });
      if (query.programId) qb.andWhere('a.program_id = :programId', { programId: query.programId });
      if (query.roundId) qb.andWhere('a.round_id = :roundId', { roundId: query.roundId });
      if (query.stage) qb.andWhere('a.stage = :stage', { stage: query.stage });
      if (query.managerId) qb.andWhere('a.manager_id = :managerId', { managerId: query.managerId });
      const [items, total] = await qb
        .orderBy('a.created_at', 'DESC')
        .addOrderBy('a.id')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
      return { items, total };
    });
    page.items.forEach((a) => caseViewFor(a, [], reader));
    return page;
  }

  /**
   * The list as the pipeline board shows it: each case with its computed deadlines and the names of
   * its programme and round, from one query (programme and round joined).
   */
  async listWithDeadlines(
    facilityId: string,
    query: ApplicationListQuery,
    reader: SupportReader,
  ): Promise<{ items: ListedSubsidyCase[]; total: number }> {
    const page = await this.tx.inFacility(facilityId, async (em) => {
      const qb = em
        .createQueryBuilder(SubsidyApplication, 'a')
        .innerJoinAndSelect('a.program', 'p')
        .innerJoinAndSelect('a.round', 'r')
        .where('a.facility_id = :facilityId', { facilityId });
      const tenantId = reader.ownTenantId ?? query.tenantId;
      if (tenantId) qb.andWhere('a.tenant_id = :tenantId', { tenantId });
      if (query.programId) qb.andWhere('a.program_id = :programId', { programId: query.programId });
      if (query.roundId) qb.andWhere('a.round_id = :roundId', { roundId: query.roundId });
      if (query.stage) qb.andWhere('a.stage = :stage', { stage: query.stage });
      if (query.managerId) qb.andWhere('a.manager_id = :managerId', { managerId: query.managerId });
      const [rows, total] = await qb
        .orderBy('a.created_at', 'DESC')
        .addOrderBy('a.id')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
      const items = rows.map((a) => ({
        application: a,
        programName: a.program!.name,
        roundName: a.round!.name,
        deadlines: deadlinesOf(a, a.round!, a.program!),
        allowedTransitions: allowedFor(a.stage, reader),
      }));
      return { items, total };
    });
    page.items.forEach((c) => caseViewFor(c.application, [], reader));
    return page;
  }

  /**
   * Computed deadlines of live cases (not not_adopted, withdrawn or cancelled; paid cases keep their
   * commercialisation reports) that fall in [from, to], earliest first. One query for every case
   * with its programme and round; the deadlines are computed in memory.
   */
  deadlinesBetween(facilityId: string, from: string, to: string): Promise<CaseDeadline[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const cases = await em
        .createQueryBuilder(SubsidyApplication, 'a')
        .innerJoinAndSelect('a.program', 'p')
        .innerJoinAndSelect('a.round', 'r')
        .where('a.facility_id = :facilityId', { facilityId })
        .andWhere("a.stage NOT IN ('not_adopted', 'withdrawn', 'cancelled')")
        .getMany();
      return cases
        .flatMap((a) =>
          deadlinesOf(a, a.round!, a.program!)
            .filter((d) => d.dueOn >= from && d.dueOn <= to)
            .map((d) => ({
              ...d,
              applicationId: a.id,
              tenantId: a.tenantId,
              programName: a.program!.name,
              title: a.title,
              stage: a.stage,
              managerId: a.managerId,
            })),
        )
        .sort((x, y) => x.dueOn.localeCompare(y.dueOn) || x.applicationId.localeCompare(y.applicationId));
    });
  }

  /**
   * One case with history and deadlines as the reader may see it (a tenant user's other-tenant id
   * is 404; staff notes only for note readers). Without a reader: the whole case, for writers.
   */
  async get(facilityId: string, id: string, reader: SupportReader | null = null): Promise<SubsidyCaseView> {
    const view = await this.tx.inFacility(facilityId, (em) =>
      this.view(em, facilityId, id, reader?.ownTenantId ?? null),
    );
    if (reader) caseViewFor(view.application, view.history, reader);
    return { ...view, allowedTransitions: allowedFor(view.application.stage, reader) };
  }

  /** Opens a case in `planning` with the default checklists. */
  async create(facilityId: string, actorId: string, input: ApplicationInput): Promise<SubsidyCaseView> {
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.refs.tenant(em, facilityId, input.tenantId);
        const program = await this.programs.load(em, facilityId, input.programId).catch(() => {
          throw DomainError.invalid(
            SupportError.ProgramUnknown,
            'programId',
            `No subsidy programme of this facility has id ${input.programId}.`,
            { programId: input.programId },
          );
        });
        const round = program.rounds?.find((r) => r.id === input.roundId);
        if (!round)
          throw DomainError.invalid(
            SupportError.RoundNotInProgram,
            'roundId',
            'roundId must be a round of the programme.',
          );
        await this.refs.staff(em, facilityId, input.managerId, 'managerId');
        await this.refs.advisor(em, facilityId, input.advisorId);
        const app = em.create(SubsidyApplication, {
          facilityId,
          tenantId: input.tenantId,
          programId: program.id,
          roundId: round.id,
          title: input.title ?? null,
          managerId: input.managerId ?? null,
          advisorId: input.advisorId ?? null,
          stage: 'planning',
          requestedAmount: input.requestedAmount ?? null,
          projectDeadline: input.projectDeadline ?? null,
          milestones: {},
          prerequisites: DEFAULT_PREREQUISITES.map((i) => ({ ...i })),
          evidence: DEFAULT_EVIDENCE.map((i) => ({ ...i })),
          staffNotes: input.staffNotes ?? null,
          closedReason: null,
        });
        checkCaseAmounts(app, program.maxAmount);
        deadlinesOf(app, round, program);
        await em.save(app);
        const today = todayIn(await facilityTimeZone(em, facilityId));
        await em.save(
          em.create(SubsidyStageEvent, {
            facilityId,
            applicationId: app.id,
            fromStage: null,
            toStage: 'planning',
            occurredOn: today,
            details: {},
            note: null,
            actorId,
          }),
        );
        return app.id;
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Changes staff fields and checklists; the requested amount only before the application is filed. */
  async update(facilityId: string, actorId: string, id: string, patch: ApplicationPatch): Promise<SubsidyCaseView> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const app = await this.load(em, facilityId, id, null);
        const program = await this.programs.load(em, facilityId, app.programId);
        const round = program.rounds!.find((r) => r.id === app.roundId)!;
        if (patch.managerId !== undefined) await this.refs.staff(em, facilityId, patch.managerId, 'managerId');
        if (patch.advisorId !== undefined) await this.refs.advisor(em, facilityId, patch.advisorId);
        if (patch.requestedAmount !== undefined && patch.requestedAmount !== app.requestedAmount) {
          if (app.stage !== 'planning') {
            throw DomainError.conflict(
              SupportError.RequestedAmountFixed,
              'The requested amount is fixed once the application is filed.',
            );
          }
          app.requestedAmount = patch.requestedAmount;
        }
        for (const k of ['title', 'managerId', 'advisorId', 'projectDeadline', 'staffNotes'] as const) {
          if (patch[k] !== undefined) app[k] = patch[k];
        }
        if (patch.prerequisites)
          app.prerequisites = applyChecklist(app.prerequisites, patch.prerequisites, 'prerequisites');
        if (patch.evidence) app.evidence = applyChecklist(app.evidence, patch.evidence, 'evidence');
        assertOrderAfterGrantDecision(app);
        checkCaseAmounts(app, program.maxAmount);
        deadlinesOf(app, round, program);
        await saveScoped(em, facilityId, app);
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /**
   * A tenant user ticks or unticks an item of their own case's checklist (another tenant's case is
   * 404). Only the items a tenant may tick (tenantMayTick) are accepted; the others stay with staff
   * (403). A ticked item is dated today in the facility's time zone; a closed case is 409.
   */
  async tickByTenant(
    facilityId: string,
    reader: SupportReader,
    id: string,
    tick: { list: ChecklistName; key: string; done: boolean },
  ): Promise<SubsidyCaseView> {
    if (reader.ownTenantId === null)
      throw new DomainError(
        ErrorCode.Forbidden,
        SupportError.TenantTicksOwnChecklist,
        'Only tenant users tick their own checklists here.',
      );
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const app = await this.load(em, facilityId, id, reader.ownTenantId);
        const item = app[tick.list].find((i) => i.key === tick.key);
        if (!item) throw DomainError.notFound(SupportError.ChecklistItemNotFound, 'Checklist item', tick.key);
        if (!tenantMayTick(tick.list, tick.key)) {
          throw new DomainError(
            ErrorCode.Forbidden,
            SupportError.ChecklistItemStaffOnly,
            'Staff keep this checklist item; ask the facility to tick it.',
            { params: { key: tick.key } },
          );
        }
        if (isTerminalSubsidyStage(app.stage))
          throw DomainError.conflict(
            SupportError.CaseClosedChecklistFinal,
            'The case is closed; its checklists are final.',
          );
        if (item.done === tick.done) return;
        const doneOn = tick.done ? todayIn(await facilityTimeZone(em, facilityId)) : null;
        app[tick.list] = applyChecklist(app[tick.list], [{ key: tick.key, done: tick.done, doneOn }], tick.list);
        assertOrderAfterGrantDecision(app);
        await saveScoped(em, facilityId, app);
      },
      reader.userId,
    );
    return this.get(facilityId, id, reader);
  }

  /**
   * Moves a case one step (409 with `allowed` otherwise), recording the step's dates and amounts.
   * Amounts are checked against each other and the programme maximum; the deadlines must still
   * compute (e.g. completion after the project deadline is refused). Each step goes to the history.
   */
  async transition(
    facilityId: string,
    actorId: string,
    id: string,
    step: ApplicationTransition,
  ): Promise<SubsidyCaseView> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const app = await this.load(em, facilityId, id, null);
        const to = parseSubsidyStage(step.to, 'to');
        assertSubsidyTransition(app.stage, to);
        const program = await this.programs.load(em, facilityId, app.programId);
        const round = program.rounds!.find((r) => r.id === app.roundId)!;
        const last = await em.findOne(SubsidyStageEvent, {
          where: { facilityId, applicationId: id },
          order: { createdAt: 'DESC' },
        });
        // The creation (into planning) is dated when it was typed in; real steps may be entered late.
        const previousOn = last && last.fromStage !== null ? last.occurredOn : null;
        const { details, occurredOnKey } = stepDetails(to, step);
        const checked = assertSubsidyStepDetails(to, details, previousOn);
        const { decidedAmount, fixedAmount, paidAmount, reason, ...dates } = checked;
        if (decidedAmount !== undefined) app.decidedAmount = decidedAmount;
        if (fixedAmount !== undefined) app.fixedAmount = fixedAmount;
        if (paidAmount !== undefined) app.paidAmount = paidAmount;
        if (reason !== undefined) app.closedReason = reason;
        app.milestones = { ...app.milestones, ...dates };
        checkCaseAmounts(app, program.maxAmount);
        deadlinesOf(app, round, program);
        const from = app.stage;
        app.stage = to;
        await saveScoped(em, facilityId, app);
        await em.save(
          em.create(SubsidyStageEvent, {
            facilityId,
            applicationId: id,
            fromStage: from,
            toStage: to,
            occurredOn: (occurredOnKey && checked[occurredOnKey]) as string,
            details: checked,
            note: step.note ?? null,
            actorId,
          }),
        );
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Loads a case inside an open transaction; NotFound for other facilities' or (tenant users) other tenants' ids. */
  async load(
    em: EntityManager,
    facilityId: string,
    id: string,
    ownTenantId: string | null,
  ): Promise<SubsidyApplication> {
    const app = await em.findOneBy(SubsidyApplication, { facilityId, id });
    if (!app || (ownTenantId !== null && app.tenantId !== ownTenantId))
      throw DomainError.notFound(SupportError.SubsidyApplicationNotFound, 'Subsidy application', id);
    return app;
  }

  private async view(
    em: EntityManager,
    facilityId: string,
    id: string,
    ownTenantId: string | null,
  ): Promise<Omit<SubsidyCaseView, 'allowedTransitions'>> {
    const application = await this.load(em, facilityId, id, ownTenantId);
    const program = await this.programs.load(em, facilityId, application.programId);
    const round = program.rounds!.find((r) => r.id === application.roundId)!;
    const history = await em.find(SubsidyStageEvent, {
      where: { facilityId, applicationId: id },
      order: { createdAt: 'ASC' },
    });
    return { application, history, deadlines: deadlinesOf(application, round, program) };
  }

  /**
   * Subsidy cases per programme over [from, to] (dates): applied, adopted, granted and paid in the
   * range by their milestone dates, with the amounts decided (of those granted) and paid, in one
   * grouped query (reports).
   */
  statsBetween(facilityId: string, from: string, to: string): Promise<SubsidyStatsRow[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<Record<string, string>>(
        em,
        `WITH c AS (
           SELECT a.program_id, p.name, a.stage, a.requested_amount, a.decided_amount, a.paid_amount,
                  (a.milestones->>'appliedOn')::date AS applied_on, (a.milestones->>'adoptedOn')::date AS adopted_on,
                  (a.milestones->>'grantDecidedOn')::date AS decided_on, (a.milestones->>'paidOn')::date AS paid_on
             FROM subsidy_applications a JOIN subsidy_programs p ON p.id = a.program_id AND p.facility_id = a.facility_id
            WHERE a.facility_id = $1)
         SELECT program_id, name,
                COUNT(*) FILTER (WHERE applied_on BETWEEN $2 AND $3)::int AS applied,
                COUNT(*) FILTER (WHERE adopted_on BETWEEN $2 AND $3)::int AS adopted,
                COUNT(*) FILTER (WHERE decided_on BETWEEN $2 AND $3)::int AS granted,
                COALESCE(SUM(decided_amount) FILTER (WHERE decided_on BETWEEN $2 AND $3), 0) AS decided_amount,
                COUNT(*) FILTER (WHERE paid_on BETWEEN $2 AND $3)::int AS paid,
                COALESCE(SUM(paid_amount) FILTER (WHERE paid_on BETWEEN $2 AND $3), 0) AS paid_amount,
                COUNT(*) FILTER (WHERE stage NOT IN ('paid', 'not_adopted', 'withdrawn', 'cancelled'))::int AS open
           FROM c GROUP BY program_id, name ORDER BY name`,
        [facilityId, from, to],
      );
      return rows.map((r) => ({
        programId: r.program_id,
        programName: r.name,
        applied: Number(r.applied),
        adopted: Number(r.adopted),
        granted: Number(r.granted),
        decidedAmount: Number(r.decided_amount),
        paid: Number(r.paid),
        paidAmount: Number(r.paid_amount),
        open: Number(r.open),
      }));
    });
  }
}
