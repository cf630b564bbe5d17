import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Role } from '@tamago/identity';
import { PUBLIC_KEY, ROLES_KEY } from '../../../apps/api/src/common/auth.decorators';
import { TestApp } from '../../support/test-app';

/** One operation as the live app serves it: the OpenAPI operation joined with the roles its handler declares. */
export interface LiveRoute {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path, e.g. /api/v1/tenants/{id}. */
  path: string;
  roles: Role[];
  isPublic: boolean;
  operation: OpenApiOperation;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
}

export interface SchemaObject {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  $ref?: string;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** The live OpenAPI document (what /api/docs-json serves). */
export async function liveDocument(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.http.get('/api/docs-json').expect(200);
  return res.body as OpenApiDocument;
}

/** Handler metadata by `METHOD /api/v1/path/{param}`, read from the controllers Nest registered. */
function handlerRoles(t: TestApp): Map<string, { roles: Role[]; isPublic: boolean }> {
  const reflector = t.app.get(Reflector);
  const byKey = new Map<string, { roles: Role[]; isPublic: boolean }>();
  for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
    const ctrl = wrapper.metatype as (new (...a: never[]) => object) | null;
    if (!ctrl) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '');
    for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
      const handler = (ctrl.prototype as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const raw = `/${[base, sub].filter((s) => s && s !== '/').join('/')}`.replace(/\/+/g, '/');
      const path = (base === 'health' ? raw : `/api/v1${raw === '/' ? '' : raw}`).replace(/:([A-Za-z]+)/g, '{$1}');
      byKey.set(`${RequestMethod[method].toLowerCase()} ${path}`, {
        roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, [handler, ctrl]) ?? [],
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, ctrl]),
      });
    }
  }
  return byKey;
}

/** Every operation of the live OpenAPI document with its declared roles; fails on one the route table lacks. */
export async function liveRoutes(t: TestApp): Promise<{ routes: LiveRoute[]; doc: OpenApiDocument }> {
  const doc = await liveDocument(t);
  const roles = handlerRoles(t);
  const routes: LiveRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(ops)) {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
      const meta = roles.get(`${method} ${path}`);
      if (!meta) throw new Error(`${method.toUpperCase()} ${path} is documented but not in the route table`);
      routes.push({ method: method as LiveRoute['method'], path, operation, ...meta });
    }
  }
  return { routes, doc };
}

/** Path parameters that name a record (id, tenantId, attachmentId…), as opposed to kinds or codes. */
export function idParams(route: LiveRoute): string[] {
  return [...route.path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).filter((n) => n === 'id' || /Id$/.test(n));
}

/** Resolves $ref and allOf so generators see plain schemas. */
export function resolve(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((s) => resolve(doc, s) ?? {});
    return {
      ...schema,
      allOf: undefined,
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  return schema;
}

/** The JSON body schema of an operation, if it takes JSON. */
export function jsonBodySchema(doc: OpenApiDocument, route: LiveRoute): SchemaObject | undefined {
  return resolve(doc, route.operation.requestBody?.content?.['application/json']?.schema);
}
