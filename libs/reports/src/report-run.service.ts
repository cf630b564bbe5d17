import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@tamago/core';
import { facilityFiscalYearStart } from '@tamago/billing';
import { TransactionRunner, queryRows } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { OutboxService } from '@tamago/jobs';
import { ReportRun } from './report-run.entity';
import { REPORT_TYPES, parseReportRequest, type ReportStatus, type ReportType } from './report-request';
import { ReportsError } from './errors';

/** A report file to download. */
export interface ReportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface ReportListQuery {
  type?: ReportType;
  /** The types the caller may see (all when absent). */
  types?: readonly ReportType[];
  status?: ReportStatus;
  limit: number;
  offset: number;
}

/**
 * Reports as the API sees them: ask for one (once per request key however often it is asked, on
 * however many API nodes), read its status and progress, list them, download the file. The work
 * happens in ReportGenerator on the reports queue, enqueued through the transactional outbox.
 */
@Injectable()
export class ReportRunService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Asks for a report. The same type, scope and format answer the same report: a queued, running
   * or done one as it is, a failed or expired one queued again under a new generation.
   */
  async request(
    facilityId: string,
    actorId: string | null,
    input: { type?: unknown; period?: unknown; fiscalYear?: unknown; format?: unknown },
    source: 'api' | 'schedule' = 'api',
  ): Promise<ReportRun> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const request = parseReportRequest(
          input,
          await facilityToday(em, facilityId),
          await facilityFiscalYearStart(em, facilityId),
        );
        const inserted = await queryRows<{ id: string }>(
          em,
          `INSERT INTO report_runs (facility_id, type, period, fiscal_year, format, request_key, source, requested_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (facility_id, request_key) DO NOTHING RETURNING id`,
          [facilityId, request.type, request.period, request.fiscalYear, request.format, request.key, source, actorId],
        );
        const row = await em
          .createQueryBuilder(ReportRun, 'r')
          .setLock('pessimistic_write')
          .where('r.facility_id = :facilityId AND r.request_key = :key', { facilityId, key: request.key })
          .getOneOrFail();
        if (inserted.length > 0) {
          await this.enqueue(em, row);
          return row;
        }
        if (row.status === 'failed' || (row.status === 'done' && isExpired(row))) {
          await em.update(
            ReportRun,
            { facilityId, id: row.id },
            { status: 'queued', progress: 0, error: null, generation: row.generation + 1, file: null, expiresAt: null },
          );
          const again = await this.load(em, facilityId, row.id);
          await this.enqueue(em, again);
          return again;
        }
        return row;
      },
      actorId ?? undefined,
    );
  }

  /** One report; 404 for unknown ids, other facilities' reports and types the caller may not see. */
  get(facilityId: string, id: string, types: readonly ReportType[] = REPORT_TYPES): Promise<ReportRun> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await this.load(em, facilityId, id);
      if (!types.includes(run.type)) throw DomainError.notFound(ReportsError.ReportNotFound, 'Report', id);
      return run;
    });
  }

  /** Reports of the facility, newest first. */
  list(facilityId: string, q: ReportListQuery): Promise<{ items: ReportRun[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const types = (q.types ?? REPORT_TYPES).filter((t) => !q.type || t === q.type);
      const [items, total] = await em.findAndCount(ReportRun, {
        where: { facilityId, type: In(types), ...(q.status ? { status: q.status } : {}) },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: q.limit,
        skip: q.offset,
      });
      return { items, total };
    });
  }

  /** The finished file; 409 while it is not done or after its retention ended. */
  file(facilityId: string, id: string, types: readonly ReportType[] = REPORT_TYPES): Promise<ReportFile> {
    if (!isUuid(id)) return Promise.reject(DomainError.notFound(ReportsError.ReportNotFound, 'Report', id));
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em
        .createQueryBuilder(ReportRun, 'r')
        .addSelect('r.file')
        .where('r.facility_id = :facilityId AND r.id = :id', { facilityId, id })
        .getOne();
      if (!run || !types.includes(run.type)) throw DomainError.notFound(ReportsError.ReportNotFound, 'Report', id);
      if (run.status !== 'done')
        throw DomainError.conflict(
          ReportsError.ReportNotReady,
          `Report ${id} is ${run.status}; its file is not ready.`,
          { id, runStatus: run.status },
        );
      if (isExpired(run) || !run.file)
        throw DomainError.conflict(
          ReportsError.ReportExpired,
          `Report ${id} has expired; ask for it again to rebuild it.`,
          { id },
        );
      return { fileName: run.fileName!, contentType: run.contentType!, bytes: run.file };
    });
  }

  private async load(em: EntityManager, facilityId: string, id: string): Promise<ReportRun> {
    const run = isUuid(id) ? await em.findOneBy(ReportRun, { facilityId, id }) : null;
    if (!run) throw DomainError.notFound(ReportsError.ReportNotFound, 'Report', id);
    return run;
  }

  /**
   * Writes the build job into the outbox in the transaction that queued the report: relayed to
   * BullMQ after commit (nothing if it rolls back, nothing lost if Redis is down or the API
   * crashes), under the contract's id report-<facility>-<report>-<generation>.
   */
  private async enqueue(em: EntityManager, run: ReportRun): Promise<void> {
    await this.outbox.enqueue(em, 'generate-report', {
      facilityId: run.facilityId,
      reportId: run.id,
      generation: run.generation,
    });
  }
}

/** Past its retention: the file is gone (or about to be purged). */
export function isExpired(run: Pick<ReportRun, 'expiresAt'>, now = new Date()): boolean {
  return run.expiresAt !== null && run.expiresAt.getTime() <= now.getTime();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: string): boolean {
  return UUID.test(value);
}
