import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/** OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable`, local refs, and no undocumented fields. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const src = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'nullable' || k === 'example') continue;
    if (k === '$ref') out.$ref = String(v).replace('#/components/schemas/', 'doc#/components/schemas/');
    else if (k === 'properties') {
      out.properties = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, toJsonSchema(s)]));
    } else out[k] = toJsonSchema(v);
  }
  if (src.properties && src.additionalProperties === undefined) out.additionalProperties = false;
  if (src.nullable) {
    // OpenAPI 3.0: nullable applies to the whole schema, composed (allOf/$ref) ones included.
    if (out.allOf || out.$ref || out.oneOf || out.anyOf) {
      delete out.type;
      return { anyOf: [out, { type: 'null' }] };
    }
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else return { anyOf: [out, { type: 'null' }] };
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

/** Checks answers against the OpenAPI document: a status or a field it does not describe is a violation. */
export class ContractValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();
  readonly violations: string[] = [];

  constructor(doc: Json) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    const components = (doc.components as Json | undefined) ?? {};
    this.ajv.addSchema({ $id: 'doc', components: { schemas: toJsonSchema(components.schemas ?? {}) } });
    this.routes = Object.entries(doc.paths as Record<string, Record<string, Json>>)
      .flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          params: (path.match(/\{/g) ?? []).length,
          responses: op.responses as Route['responses'],
        })),
      )
      .sort((a, b) => a.params - b.params);
  }

  /** Records what is wrong with one answer (nothing when it fits the document). */
  check(method: string, url: string, status: number, contentType: string | undefined, body: string): void {
    const path = url.split('?')[0];
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return; // routes outside the document (docs, unknown paths) are not part of the contract
    // The documented path (not the ids in the URL), so one fault is named once however often it answers.
    const where = `${method} ${route.path} → ${status}`;
    const response = route.responses[String(status)];
    if (!response) return void this.violations.push(`${where}: status not documented`);
    const mediaType = (contentType ?? '').split(';')[0].trim();
    if (!response.content || !body) return;
    const documented = response.content[mediaType];
    if (!documented) return void this.violations.push(`${where}: media type ${mediaType} not documented`);
    if (!mediaType.includes('json') || !documented.schema) return;
    const key = `${route.pattern.source} ${method} ${status} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(documented.schema) as Json);
      this.compiled.set(key, validate);
    }
    if (!validate(JSON.parse(body))) {
      const errors = (validate.errors ?? []).map(
        (e) =>
          `${e.instancePath || '/'} ${e.message}` +
          (e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''),
      );
      this.violations.push(`${where}: ${[...new Set(errors)].join('; ')}`);
    }
  }
}
