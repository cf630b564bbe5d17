import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '@tamago/config';
import { JOB_CONTRACTS, JobName } from './contracts';
import { HandlesJob, JOB_HANDLER, dispatchJob } from './job-handler';
import { QUEUE_CONCURRENCY, QueueName } from './queues';
import { bullConnection } from './redis';

/** Checks that every contract has exactly one handler; answers the problems (empty when fine). */
export function handlerProblems(found: { name: string; provider: string }[]): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(JOB_CONTRACTS)) {
    const handlers = found.filter((f) => f.name === name);
    if (handlers.length === 0) problems.push(`job kind "${name}" has no handler`);
    if (handlers.length > 1)
      problems.push(
        `job kind "${name}" has ${handlers.length} handlers (${handlers.map((h) => h.provider).join(', ')})`,
      );
  }
  for (const f of found)
    if (!(f.name in JOB_CONTRACTS)) problems.push(`${f.provider} handles "${f.name}", which has no contract`);
  return problems;
}

/**
 * The worker side of the job platform: finds the `@JobHandler` providers, refuses to start unless
 * each job kind has exactly one, and runs one BullMQ worker per queue that dispatches by job name.
 * Locks are renewed while a job runs; a job whose worker died (lock expired) is found by the stalled
 * check of any worker and retried. On shutdown running jobs may finish for JOB_DRAIN_MS; after that
 * the workers close without waiting and the unfinished jobs' locks lapse, so another worker takes
 * them over (handed back, not lost).
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<string, HandlesJob<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const found: { name: string; provider: string; instance: HandlesJob<JobName> }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as (new (...a: unknown[]) => unknown) | undefined;
      if (!type || !wrapper.instance || typeof type !== 'function') continue;
      const name = Reflect.getMetadata(JOB_HANDLER, type) as string | undefined;
      if (name) found.push({ name, provider: type.name, instance: wrapper.instance as HandlesJob<JobName> });
    }
    const problems = handlerProblems(found);
    if (problems.length) throw new Error(`The worker cannot start: ${problems.join('; ')}`);
    this.handlers = new Map(found.map((f) => [f.name, f.instance]));
    const queues = new Set<QueueName>(Object.values(JOB_CONTRACTS).map((c) => c.queue));
    for (const queue of queues) this.workers.push(this.startWorker(queue));
  }

  private startWorker(queue: QueueName): Worker {
    const worker = new Worker(queue, (job: Job) => this.process(job), {
      connection: bullConnection(this.config.REDIS_URL),
      prefix: this.config.REDIS_PREFIX,
      concurrency: QUEUE_CONCURRENCY[queue],
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: Math.max(1000, Math.floor(this.config.JOB_LOCK_MS / 2)),
      // A job whose worker died twice is failed (kept for inspection) rather than retried forever.
      maxStalledCount: 2,
    });
    worker.on('failed', (job, err) =>
      this.logger.warn({
        msg: 'job failed',
        queue,
        name: job?.name,
        jobId: job?.id,
        attempt: job?.attemptsMade,
        err: err.message,
      }),
    );
    worker.on('error', (err) => this.logger.error({ msg: 'worker error', queue, err: err.message }));
    return worker;
  }

  private async process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    const result = await dispatchJob(job, handler);
    this.logger.log({ msg: 'job done', name: job.name, jobId: job.id });
    return result;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => this.drain(w)));
  }

  private async drain(worker: Worker): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), this.config.JOB_DRAIN_MS)));
    const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn({ msg: 'jobs still running at shutdown; handing them back', queue: worker.name });
      await worker.close(true);
    }
  }
}
