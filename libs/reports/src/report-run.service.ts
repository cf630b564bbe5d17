import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { EntityManager, In } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { GenerateReportPayload, JOBS, JOB_OPTIONS, QUEUES } from '@tamago/jobs';
import { ReportRun } from './report-run.entity';
import { REPORT_TYPES, parseReportRequest, type ReportStatus, type ReportType } from './report-request';

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
 * happens in ReportGenerator on the reports queue under a deterministic job id.
 */
@Injectable()
export class ReportRunService {
  constructor(
    private readonly tx: TransactionRunner,
    @InjectQueue(QUEUES.reports) private readonly queue: Queue,
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
    const run = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const request = parseReportRequest(input, await facilityToday(em, facilityId));
        await em.query(
          `INSERT INTO report_runs (facility_id, type, period, fiscal_year, format, request_key, source, requested_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (facility_id, request_key) DO NOTHING`,
          [facilityId, request.type, request.period, request.fiscalYear, request.format, request.key, source, actorId],
        );
        const row = await em
          .createQueryBuilder(ReportRun, 'r')
          .setLock('pessimistic_write')
          .where('r.facility_id = :facilityId AND r.request_key = :key', { facilityId, key: request.key })
          .getOneOrFail();
        if (row.status === 'failed' || (row.status === 'done' && isExpired(row))) {
          await em.update(
            ReportRun,
            { facilityId, id: row.id },
            { status: 'queued', progress: 0, error: null, generation: row.generation + 1, file: null, expiresAt: null },
          );
          return this.load(em, facilityId, row.id);
        }
        return row;
      },
      actorId ?? undefined,
    );
    // Enqueued after commit, and again whenever it is still queued: the job id is deterministic,
    // so a second add is a no-op, and a lost enqueue (Redis down) is repaired by asking again.
    if (run.status === 'queued') await this.enqueue(run);
    return run;
  }

  /** One report; 404 for unknown ids, other facilities' reports and types the caller may not see. */
  get(facilityId: string, id: string, types: readonly ReportType[] = REPORT_TYPES): Promise<ReportRun> {
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await this.load(em, facilityId, id);
      if (!types.includes(run.type)) throw DomainError.notFound('Report', id);
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
    if (!isUuid(id)) return Promise.reject(DomainError.notFound('Report', id));
    return this.tx.inFacility(facilityId, async (em) => {
      const run = await em
        .createQueryBuilder(ReportRun, 'r')
        .addSelect('r.file')
        .where('r.facility_id = :facilityId AND r.id = :id', { facilityId, id })
        .getOne();
      if (!run || !types.includes(run.type)) throw DomainError.notFound('Report', id);
      if (run.status !== 'done') throw DomainError.conflict(`Report ${id} is ${run.status}; its file is not ready.`);
      if (isExpired(run) || !run.file)
        throw DomainError.conflict(`Report ${id} has expired; ask for it again to rebuild it.`);
      return { fileName: run.fileName!, contentType: run.contentType!, bytes: run.file };
    });
  }

  private async load(em: EntityManager, facilityId: string, id: string): Promise<ReportRun> {
    const run = isUuid(id) ? await em.findOneBy(ReportRun, { facilityId, id }) : null;
    if (!run) throw DomainError.notFound('Report', id);
    return run;
  }

  private async enqueue(run: ReportRun): Promise<void> {
    const data: GenerateReportPayload = { facilityId: run.facilityId, reportId: run.id, generation: run.generation };
    await this.queue.add(JOBS.generateReport, data, {
      ...JOB_OPTIONS[JOBS.generateReport],
      jobId: `report-${run.facilityId}-${run.id}-${run.generation}`,
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
