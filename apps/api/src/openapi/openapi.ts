import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import pluginMetadata from '../plugin-metadata';
import { refineDocument } from './refine-document';

const MODEL_PROPERTIES = 'swagger/apiModelProperties';
type ModelMetadata = [Record<string, Function>, Record<string, Record<string, { type?: unknown }>>][];

/**
 * Loads the types the @nestjs/swagger plugin read from the sources (apps/api/scripts/openapi-metadata.mjs).
 * An explicit `@ApiProperty` decorated before the metadata was loaded recorded the reflected design type,
 * which is `Object` for `string | null`; the plugin's real type replaces exactly those.
 */
export async function loadOpenApiMetadata(): Promise<void> {
  const metadata = await pluginMetadata();
  for (const [file, classes] of metadata['@nestjs/swagger'].models as unknown as ModelMetadata) {
    for (const [name, properties] of Object.entries(classes)) {
      const prototype = (file[name] as { prototype?: object } | undefined)?.prototype;
      if (!prototype) continue;
      for (const [key, plugin] of Object.entries(properties)) {
        const own = Reflect.getOwnMetadata(MODEL_PROPERTIES, prototype, key) as { type?: unknown } | undefined;
        if (own && own.type === Object && plugin.type !== undefined) {
          Reflect.defineMetadata(MODEL_PROPERTIES, { ...own, type: plugin.type }, prototype, key);
        }
      }
    }
  }
  // Loading runs the mapped types' refresh hooks, so PartialType(...) copies pick up the corrected types.
  await SwaggerModule.loadPluginMetadata(async () => metadata);
}

/** Builds the OpenAPI document of the running (or previewed) application; call loadOpenApiMetadata first. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tamago API')
    .setDescription(
      [
        'Business-incubation facilities: tenants, leases, billing and support programmes.',
        '',
        '**Dates and instants.** Calendar dates (`YYYY-MM-DD`: lease terms, due dates, `asOf`) are days in the ' +
          "facility's time zone (`timeZone` of `GET /facility`, Asia/Tokyo by default). Instants (`date-time`: " +
          '`startsAt`, `createdAt`, free slots…) are answered in UTC with a `Z` (`2027-06-01T01:00:00.000Z`), everywhere; ' +
          'requests may give an instant with any offset (`2027-06-01T10:00:00+09:00`).',
        '',
        '**Lists** take `limit` (1–200, 50 by default) and `offset` and answer `{ items, total }`.',
      ].join('\n'),
    )
    .setVersion('1')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'a facility API key' }, 'deviceKey')
    .build();
  return refineDocument(SwaggerModule.createDocument(app, config));
}
