import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { MAX_ATTACHMENT_BYTES } from '@tamago/support';
import { mountAdminQueues } from './admin/admin-queues';
import { AppModule } from './app.module';
import { acceptCsvBodies } from './common/csv-body';
import { createValidationPipe } from './common/validation';
import { registerWebPlatform } from './common/web-app';
import { buildOpenApiDocument, loadOpenApiMetadata } from './openapi/openapi';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the configured API application (used by main and by the e2e tests). */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: true,
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
    });
  await loadOpenApiMetadata();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}
