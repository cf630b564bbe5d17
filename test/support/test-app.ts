import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/app.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { SmtpSink } from './smtp-sink';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  worker?: INestApplicationContext;
  smtp: SmtpSink;
  close(): Promise<void>;
}

/**
 * Boots the real API (and optionally the real worker) on the run's PostgreSQL database and
 * Redis prefix, with an SMTP sink receiving the mail.
 */
export async function createTestApp(opts: { worker?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const smtp = new SmtpSink();
  process.env.SMTP_URL = await smtp.start();
  Object.assign(process.env, opts.env ?? {});
  const app = await createApiApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const worker = opts.worker
    ? await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false })
    : undefined;
  await worker?.init();
  return {
    app,
    http: request(app.getHttpServer()),
    worker,
    smtp,
    async close() {
      await worker?.close();
      await app.close();
      await smtp.stop();
    },
  };
}
