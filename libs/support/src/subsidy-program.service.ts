import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError, parseIsoDate } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, queryRows, removeScoped, saveScoped } from '@tamago/database';
import { computeDeadlines, parseFraction } from './domain';
import { withFieldPrefix } from './field-prefix';
import { PageQuery, ProgramInput, ProgramPatch, RoundInput } from './support-input';
import { SubsidyProgram } from './subsidy-program.entity';
import { SubsidyRound } from './subsidy-round.entity';
import { AdoptionStats, adoptionStats } from './subsidy-stats';
import { SupportError } from './errors';

/** Adoption statistics of a programme, overall and per round. */
export interface ProgramStats extends AdoptionStats {
  programId: string;
  rounds: (AdoptionStats & { roundId: string; name: string })[];
}

/** Subsidy programmes (補助金) and their rounds (公募回). */
@Injectable()
export class SubsidyProgramService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Lists programmes with their rounds, by name. */
  list(facilityId: string, query: PageQuery & { q?: string }): Promise<{ items: SubsidyProgram[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(SubsidyProgram, 'p').where('p.facility_id = :facilityId', { facilityId });
      if (query.q)
        qb.andWhere('(p.name ILIKE :q OR p.agency ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
      const [page, total] = await qb
        .orderBy('p.name')
        .addOrderBy('p.id')
        .skip(query.offset)
        .take(query.limit)
        .getManyAndCount();
      // The page's rounds in one read (not one query per programme on the same connection).
      const withRounds = page.length
        ? await em.find(SubsidyProgram, {
            where: { facilityId, id: In(page.map((p) => p.id)) },
            relations: { rounds: true },
            order: { rounds: { opensOn: 'ASC', name: 'ASC' } },
          })
        : [];
      const byId = new Map(withRounds.map((p) => [p.id, p]));
      const items = page.map((p) => byId.get(p.id) ?? p);
      return { items, total };
    });
  }

  /** One programme with its rounds (ordered by opening date). */
  get(facilityId: string, id: string): Promise<SubsidyProgram> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Creates a programme and its rounds. */
  async create(facilityId: string, actorId: string, input: ProgramInput): Promise<SubsidyProgram> {
    const values = checkProgram(input);
    const rounds = (input.rounds ?? []).map((r, i) => checkRound(r, i));
    const id = await this.write(facilityId, actorId, async (em) => {
      const program = em.create(SubsidyProgram, {
        facilityId,
        categories: [],
        reportWithinDays: 30,
        commercialisationReportCount: 5,
        notes: null,
        ...values,
      });
      await em.save(program);
      await em.save(
        rounds.map((r) => em.create(SubsidyRound, { ...r, id: undefined, facilityId, programId: program.id })),
      );
      return program.id;
    });
    return this.get(facilityId, id);
  }

  /** Changes a programme; `rounds` replaces the list (a round with cases cannot be removed: 409). */
  async update(facilityId: string, actorId: string, id: string, patch: ProgramPatch): Promise<SubsidyProgram> {
    const values = checkProgram(patch);
    const rounds = patch.rounds?.map((r, i) => checkRound(r, i));
    await this.write(facilityId, actorId, async (em) => {
      const program = await this.load(em, facilityId, id);
      const existing = program.rounds ?? [];
      delete program.rounds;
      Object.assign(program, values);
      await saveScoped(em, facilityId, program);
      if (!rounds) return;
      rounds.forEach((r, i) => {
        if (r.id && !existing.some((e) => e.id === r.id)) {
          throw DomainError.invalid(
            SupportError.RoundIdUnknown,
            `rounds[${i}].id`,
            `rounds[${i}].id is not a round of this programme.`,
            { i },
          );
        }
      });
      const removed = existing.filter((e) => !rounds.some((r) => r.id === e.id));
      if (removed.length > 0) await removeScoped(em, facilityId, removed);
      for (const r of rounds) {
        const row = existing.find((e) => e.id === r.id) ?? em.create(SubsidyRound, { facilityId, programId: id });
        Object.assign(row, { ...r, id: row.id });
        await saveScoped(em, facilityId, row);
      }
    });
    return this.get(facilityId, id);
  }

  /** Deletes a programme without cases (409 otherwise). */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    await this.write(facilityId, actorId, async (em) => {
      const program = await this.load(em, facilityId, id);
      const rounds = program.rounds ?? [];
      delete program.rounds;
      if (rounds.length > 0) await removeScoped(em, facilityId, rounds);
      await removeScoped(em, facilityId, program);
    });
  }

  /** Applied, adopted and not-adopted counts and the adoption rate, per programme and per round. */
  stats(facilityId: string, id: string): Promise<ProgramStats> {
    return this.tx.inFacility(facilityId, async (em) => {
      const program = await this.load(em, facilityId, id);
      const rows = await this.roundCounts(em, facilityId, id);
      return statsOf(program, rows);
    });
  }

  /**
   * The adoption statistics of every programme of the facility, per programme and round, by
   * programme name: one query for the programmes with their rounds and one grouped count.
   */
  allStats(facilityId: string): Promise<(ProgramStats & { name: string })[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const programs = await em.find(SubsidyProgram, {
        where: { facilityId },
        relations: { rounds: true },
        order: { name: 'ASC', id: 'ASC', rounds: { opensOn: 'ASC', name: 'ASC' } },
      });
      const rows = await this.roundCounts(em, facilityId, null);
      return programs.map((p) => ({ ...statsOf(p, rows), name: p.name }));
    });
  }

  /** Cases per round that reached applied, adopted and not_adopted (by their stage history). */
  private roundCounts(em: EntityManager, facilityId: string, programId: string | null): Promise<RoundCountRow[]> {
    return queryRows<RoundCountRow>(
      em,
      `SELECT a.round_id,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM subsidy_stage_events e WHERE e.facility_id = a.facility_id AND e.application_id = a.id AND e.to_stage = 'applied'))::int AS applied,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM subsidy_stage_events e WHERE e.facility_id = a.facility_id AND e.application_id = a.id AND e.to_stage = 'adopted'))::int AS adopted,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM subsidy_stage_events e WHERE e.facility_id = a.facility_id AND e.application_id = a.id AND e.to_stage = 'not_adopted'))::int AS not_adopted
         FROM subsidy_applications a
        WHERE a.facility_id = $1 AND ($2::uuid IS NULL OR a.program_id = $2::uuid)
        GROUP BY a.round_id`,
      [facilityId, programId],
    );
  }

  /** Loads a programme with its rounds inside an open transaction; NotFound for other facilities' ids. */
  async load(em: EntityManager, facilityId: string, id: string): Promise<SubsidyProgram> {
    const program = await em.findOne(SubsidyProgram, {
      where: { facilityId, id },
      relations: { rounds: true },
      order: { rounds: { opensOn: 'ASC', name: 'ASC' } },
    });
    if (!program) throw DomainError.notFound(SupportError.SubsidyProgramNotFound, 'Subsidy program', id);
    return program;
  }

  private async write<T>(facilityId: string, actorId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.inFacility(facilityId, work, actorId);
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw DomainError.conflict(
          SupportError.ProgramNameTaken,
          'A programme with this name, or a round with this name, already exists.',
        );
      }
      if (isPgError(e, PgErrorCode.ForeignKeyViolation)) {
        throw DomainError.conflict(
          SupportError.ProgramInUse,
          'This programme or round has subsidy cases and cannot be removed.',
        );
      }
      throw e;
    }
  }
}

interface RoundCountRow {
  round_id: string;
  applied: number;
  adopted: number;
  not_adopted: number;
}

/** A programme's statistics from the per-round counts (rounds without cases count zero). */
function statsOf(program: SubsidyProgram, rows: RoundCountRow[]): ProgramStats {
  const byRound = new Map(rows.map((r) => [r.round_id, r]));
  const counts = (roundId: string) => {
    const r = byRound.get(roundId);
    return { applied: r?.applied ?? 0, adopted: r?.adopted ?? 0, notAdopted: r?.not_adopted ?? 0 };
  };
  const rounds = (program.rounds ?? []).map((r) => ({ roundId: r.id, name: r.name, ...adoptionStats(counts(r.id)) }));
  const total = rounds.reduce(
    (sum, r) => ({
      applied: sum.applied + r.applied,
      adopted: sum.adopted + r.adopted,
      notAdopted: sum.notAdopted + r.notAdopted,
    }),
    { applied: 0, adopted: 0, notAdopted: 0 },
  );
  return { programId: program.id, ...adoptionStats(total), rounds };
}

function checkProgram(input: ProgramPatch): Partial<SubsidyProgram> {
  const values: Partial<SubsidyProgram> = {};
  if (input.name !== undefined) values.name = input.name.trim();
  if (input.agency !== undefined) values.agency = input.agency.trim();
  if (input.subsidyRate !== undefined) {
    const rate = parseFraction(input.subsidyRate, 'subsidyRate');
    values.subsidyRate = `${rate.numerator}/${rate.denominator}`;
  }
  if (input.maxAmount !== undefined) values.maxAmount = input.maxAmount;
  if (input.categories !== undefined) values.categories = [...new Set(input.categories.map((c) => c.trim()))];
  if (input.reportWithinDays !== undefined) values.reportWithinDays = input.reportWithinDays;
  if (input.commercialisationReportCount !== undefined) {
    values.commercialisationReportCount = input.commercialisationReportCount;
  }
  if (input.notes !== undefined) values.notes = input.notes;
  return values;
}

/** Checks a round's dates: opens before it closes, cut-offs before the close, project deadline after it. */
function checkRound(round: RoundInput, i: number): RoundInput {
  const field = `rounds[${i}].`;
  const opensOn = parseIsoDate(round.opensOn, `${field}opensOn`);
  const closesOn = parseIsoDate(round.closesOn, `${field}closesOn`);
  if (closesOn < opensOn)
    throw DomainError.invalid(SupportError.ClosesBeforeOpens, `${field}closesOn`, 'closesOn cannot be before opensOn.');
  const prerequisiteCutoffs = round.prerequisiteCutoffs ?? [];
  withFieldPrefix(field, () =>
    computeDeadlines({ closesOn, needsGBizId: false, prerequisiteCutoffs, projectDeadline: round.projectDeadline }),
  );
  return {
    ...round,
    name: round.name.trim(),
    opensOn,
    closesOn,
    projectDeadline: round.projectDeadline ?? null,
    prerequisiteCutoffs,
  };
}
