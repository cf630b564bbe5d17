import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/app.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { ContractValidator } from './contract-validator';
import { SmtpSink } from './smtp-sink';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  worker?: INestApplicationContext;
  smtp: SmtpSink;
  /** Every answer that does not fit the OpenAPI document (close() fails on any); empty with `contract: false`. */
  contractViolations: string[];
  close(): Promise<void>;
}

/**
 * Boots the real API (and optionally the real worker) on the run's PostgreSQL database and
 * Redis prefix, with an SMTP sink receiving the mail.
 *
 * Every answer is checked against the checked-in OpenAPI document (issue #9): an undocumented
 * status, media type or field makes close() fail. Opt out only with `contract: false` and a
 * comment at the call site saying why (e.g. a suite that deliberately sends garbage).
 */
export async function createTestApp(
  opts: { worker?: boolean; env?: Record<string, string>; contract?: boolean } = {},
): Promise<TestApp> {
  const smtp = new SmtpSink();
  process.env.SMTP_URL = await smtp.start();
  Object.assign(process.env, opts.env ?? {});
  const app = await createApiApp();
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  let contract: ContractValidator | undefined;
  if (opts.contract !== false) {
    // The checked-in document; test/contract/client-freshness proves it is the live one.
    contract = new ContractValidator(
      JSON.parse(readFileSync(join(__dirname, '../../libs/api-client/openapi.json'), 'utf8')),
    );
    fastify.addHook('onSend', async (req, reply, payload) => {
      if (typeof payload === 'string' || Buffer.isBuffer(payload)) {
        const type = reply.getHeader('content-type');
        contract?.check(req.method, req.url, reply.statusCode, type ? String(type) : undefined, payload.toString());
      }
      return payload;
    });
  }
  await fastify.ready();
  const worker = opts.worker
    ? await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false })
    : undefined;
  await worker?.init();
  return {
    app,
    http: request(app.getHttpServer()),
    worker,
    smtp,
    contractViolations: contract?.violations ?? [],
    async close() {
      await worker?.close();
      await app.close();
      await smtp.stop();
      if (contract?.violations.length) {
        throw new Error(
          `Answers that do not fit the OpenAPI document:\n${[...new Set(contract.violations)].join('\n')}`,
        );
      }
    },
  };
}
