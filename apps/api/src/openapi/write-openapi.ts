import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { buildOpenApiDocument, loadOpenApiMetadata } from './openapi';

/**
 * Writes the OpenAPI document of the API without a database, Redis or a listening port:
 * preview mode builds the module graph and the routes but instantiates no provider.
 * Usage: node dist/apps/api/src/openapi/write-openapi.js <out.json>
 */
async function main(out: string): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });
  await loadOpenApiMetadata();
  const doc = buildOpenApiDocument(app);
  writeFileSync(resolve(out), `${JSON.stringify(doc, null, 2)}\n`);
  await app.close();
}

main(process.argv[2] ?? 'libs/api-client/openapi.json').catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
