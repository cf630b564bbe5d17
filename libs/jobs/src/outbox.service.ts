import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_CONTRACTS, JobName, JobPayload } from './contracts';
import { jobId } from './job-id';

/** The LISTEN/NOTIFY channel the relay wakes on; a notification is delivered only when its transaction commits. */
export const OUTBOX_CHANNEL = 'tamago_outbox';

/**
 * The transactional outbox: work decided inside a transaction (a mail, a reminder, a job) is written
 * in that transaction and relayed to BullMQ after commit, so a rolled-back transaction sends nothing
 * and a crash after commit loses nothing (the relay picks the row up when it runs again).
 */
@Injectable()
export class OutboxService {
  /**
   * Writes a job into the caller's open transaction. The job id is the contract's (or `opts.id`), so
   * a relay that crashes between adding and marking adds the same job again, which BullMQ ignores.
   */
  async enqueue<N extends JobName>(
    em: EntityManager,
    name: N,
    payload: JobPayload<N>,
    opts: { id?: string; delay?: number } = {},
  ): Promise<string> {
    const rowId = randomUUID();
    const c = JOB_CONTRACTS[name] as { id?: (p: JobPayload<N>) => string };
    const id = opts.id ?? c.id?.(payload) ?? jobId('outbox', rowId);
    if (id !== jobId(id)) throw new Error(`Job id "${id}" must not contain ':'`);
    const facilityId = (payload as { facilityId?: string | null }).facilityId ?? null;
    // No RETURNING: request roles may insert outbox rows but not read them.
    await em.query(
      `INSERT INTO outbox_messages (id, facility_id, job_name, payload, job_id, delay_ms) VALUES ($1, $2, $3, $4, $5, $6)`,
      [rowId, facilityId, name, JSON.stringify(payload), id, opts.delay ?? 0],
    );
    await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return id;
  }

  /**
   * `enqueue` for many jobs of one name in two round trips whatever their number: one multi-row
   * INSERT (unnest of the columns) and one NOTIFY. Answers the job ids in the order given.
   */
  async enqueueMany<N extends JobName>(
    em: EntityManager,
    name: N,
    jobs: { payload: JobPayload<N>; id?: string; delay?: number }[],
  ): Promise<string[]> {
    if (jobs.length === 0) return [];
    const c = JOB_CONTRACTS[name] as { id?: (p: JobPayload<N>) => string };
    const rows = jobs.map((j) => {
      const rowId = randomUUID();
      const id = j.id ?? c.id?.(j.payload) ?? jobId('outbox', rowId);
      if (id !== jobId(id)) throw new Error(`Job id "${id}" must not contain ':'`);
      const facilityId = (j.payload as { facilityId?: string | null }).facilityId ?? null;
      return { rowId, facilityId, payload: JSON.stringify(j.payload), id, delay: j.delay ?? 0 };
    });
    // No RETURNING: request roles may insert outbox rows but not read them.
    await em.query(
      `INSERT INTO outbox_messages (id, facility_id, job_name, payload, job_id, delay_ms)
       SELECT r.id, r.facility_id, $2, r.payload::jsonb, r.job_id, r.delay_ms
         FROM unnest($1::uuid[], $3::uuid[], $4::text[], $5::text[], $6::int[])
              AS r(id, facility_id, payload, job_id, delay_ms)`,
      [
        rows.map((r) => r.rowId),
        name,
        rows.map((r) => r.facilityId),
        rows.map((r) => r.payload),
        rows.map((r) => r.id),
        rows.map((r) => r.delay),
      ],
    );
    await em.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return rows.map((r) => r.id);
  }
}
