import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@tamago/config';
import { MAX_ATTACHMENT_BYTES } from '@tamago/support';
import { mountAdminQueues } from './admin/admin-queues';
import { AppModule } from './app.module';
import { acceptCsvBodies } from './common/csv-body';
import { answerFrameworkError } from './common/framework-errors';
import { guardRequestInput } from './common/input-guard';
import { createValidationPipe } from './common/validation';
import { registerWebPlatform } from './common/web-app';
import { guardApiDocs } from './openapi/docs-guard';
import { buildOpenApiDocument, loadOpenApiMetadata } from './openapi/openapi';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the configured API application (used by main and by the e2e tests). */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const config = loadConfig(process.env);
  const adapter = new FastifyAdapter({
    bodyLimit: 2 * 1024 * 1024,
    // Only the configured proxies may say who the client is (X-Forwarded-For); by default none.
    trustProxy: config.trustedProxies,
    // Over-long paths and malformed URLs get problem details too, not Fastify's bare 414/400.
    frameworkErrors: answerFrameworkError,
    // Keep a well-formed incoming X-Request-Id so a request can be followed across services.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  // abortOnError: false makes a failed start throw (callers report it) instead of exiting the process.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  app.useGlobalPipes(createValidationPipe());
  acceptCsvBodies(app);
  guardRequestInput(app);
  // Multipart uploads (subsidy evidence, bank files, CSV imports). These are the outer limits; each reader in
  // apps/api/src/common/file-upload.ts sets its own per request (one part named `file`, 413 past its size).
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 10 } });
  // bull-board for platform operators (a Fastify plugin that checks the token itself).
  await mountAdminQueues(app);
  await registerWebPlatform(app);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (req, reply) => {
      void reply.header('X-Request-Id', req.id);
      // Answers of the API carry account data: no browser or proxy may keep them.
      if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
        void reply.header('Cache-Control', 'no-store');
    });
  if (config.isProduction) guardApiDocs(app);
  await loadOpenApiMetadata();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
