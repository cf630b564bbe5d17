import { SetMetadata } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { JobName, JobPayload, contractOf } from './contracts';

export const JOB_HANDLER = Symbol('tamago:job-handler');

/** Handles one job kind; registered by `@JobHandler(name)` on a provider of a worker module. */
export interface HandlesJob<N extends JobName> {
  handle(payload: JobPayload<N>, job: Job): Promise<unknown>;
}

/** Marks a provider as the handler of a job kind. A worker refuses to start with none or two per kind. */
export const JobHandler = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);

/** Reasons a payload does not fit its contract, or [] when it does. */
export function payloadErrors(name: string, data: unknown): string[] {
  const cls = contractOf(name).payload;
  if (typeof data !== 'object' || data === null) return ['payload must be an object'];
  const instance = plainToInstance(cls, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  const out: string[] = [];
  const walk = (list: typeof errors, prefix: string) => {
    for (const e of list) {
      const field = `${prefix}${e.property}`;
      for (const m of Object.values(e.constraints ?? {})) out.push(`${field}: ${m}`);
      walk(e.children ?? [], `${field}.`);
    }
  };
  walk(errors, '');
  return out;
}

/**
 * The one dispatch helper: validates the job's payload against its contract and hands it to the
 * handler. A payload that does not validate fails the job at once (UnrecoverableError: no retry),
 * with the reasons as its failure.
 */
export async function dispatchJob(job: Job, handler: HandlesJob<JobName>): Promise<unknown> {
  const errors = payloadErrors(job.name, job.data);
  if (errors.length) throw new UnrecoverableError(`Invalid payload for ${job.name}: ${errors.join('; ')}`);
  const payload = plainToInstance(contractOf(job.name).payload, job.data) as JobPayload<JobName>;
  return handler.handle(payload, job);
}
