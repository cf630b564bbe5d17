import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JobsOptions, Queue } from 'bullmq';
import { JOB_CONTRACTS, JobName, JobPayload } from './contracts';
import { jobId } from './job-id';

export interface AddOptions {
  /** Overrides the contract's id (already built with jobId()). */
  id?: string;
  delay?: number;
  /**
   * When a finished or failed job holds the id, remove it and add again (a deliberate re-run); a
   * waiting or active one is left alone, so no second job runs.
   */
  replaceFinished?: boolean;
}

/** A job to add in bulk. */
export interface BulkJob<N extends JobName> {
  name: N;
  payload: JobPayload<N>;
  opts?: Omit<AddOptions, 'replaceFinished'>;
}

/** The one producer: adds typed jobs to their contract's queue with the contract's options and id. */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  /** Adds one job; answers its id. Same id, same job: adding twice enqueues once. */
  async add<N extends JobName>(name: N, payload: JobPayload<N>, opts: AddOptions = {}): Promise<string | undefined> {
    const queue = this.queueOf(name);
    const options = this.optionsOf(name, payload, opts);
    if (opts.replaceFinished && options.jobId) {
      const existing = await queue.getJob(options.jobId);
      if (existing) {
        const state = await existing.getState();
        if (state !== 'completed' && state !== 'failed') return existing.id;
        await existing.remove().catch(() => undefined);
      }
    }
    const job = await queue.add(name, payload, options);
    return job.id;
  }

  /** Adds several jobs (of one queue or several), each under its contract's options. */
  async addBulk<N extends JobName>(jobs: BulkJob<N>[]): Promise<void> {
    const byQueue = new Map<Queue, { name: string; data: object; opts: JobsOptions }[]>();
    for (const j of jobs) {
      const q = this.queueOf(j.name);
      const list = byQueue.get(q) ?? [];
      list.push({ name: j.name, data: j.payload, opts: this.optionsOf(j.name, j.payload, j.opts ?? {}) });
      byQueue.set(q, list);
    }
    for (const [q, list] of byQueue) await q.addBulk(list);
  }

  /** The queue a job kind goes to (for reading job state, e.g. progress). */
  queueOf(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_CONTRACTS[name].queue), { strict: false });
  }

  private optionsOf<N extends JobName>(name: N, payload: JobPayload<N>, opts: AddOptions): JobsOptions {
    const c = JOB_CONTRACTS[name] as { options: JobsOptions; id?: (p: JobPayload<N>) => string };
    const id = opts.id ?? c.id?.(payload);
    if (id !== undefined && id !== jobId(id)) throw new Error(`Job id "${id}" must not contain ':'`);
    return { ...c.options, ...(id ? { jobId: id } : {}), ...(opts.delay ? { delay: opts.delay } : {}) };
  }
}
