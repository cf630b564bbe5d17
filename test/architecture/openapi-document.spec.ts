import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Op {
  operationId: string;
  summary?: string;
  parameters?: { name: string; in: string; schema?: { type?: string } }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

// The checked-in document (test/contract/client-freshness proves it is the live one).
const doc = JSON.parse(readFileSync(join(__dirname, '../../libs/api-client/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, { type?: string; properties?: Record<string, Record<string, unknown>> }> };
};
const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op })),
);

describe('the OpenAPI document is exact', () => {
  it('declares every path parameter', () => {
    const missing = ops.flatMap(({ path, method, op }) =>
      [...path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !op.parameters?.some((p) => p.in === 'path' && p.name === name))
        .map((name) => `${method} ${path}: {${name}}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every operation a Japanese summary and a Problem on 500', () => {
    expect(
      ops
        .filter(({ op }) => !op.summary || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(op.summary))
        .map((o) => o.op.operationId),
    ).toEqual([]);
    expect(ops.filter(({ op }) => !op.responses['500']).map((o) => o.op.operationId)).toEqual([]);
  });

  it('describes the body of every successful answer except 202/204', () => {
    const bare = ops.flatMap(({ path, method, op }) =>
      Object.entries(op.responses)
        .filter(([status, r]) => status.startsWith('2') && !['202', '204'].includes(status) && !r.content)
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('pages with integers and has no property typed as a bare object', () => {
    const paging = ops.flatMap(({ op }) =>
      (op.parameters ?? []).filter((p) => ['limit', 'offset'].includes(p.name) && p.schema?.type !== 'integer'),
    );
    expect(paging).toEqual([]);
    const bareObjects = Object.entries(doc.components.schemas).flatMap(([name, s]) =>
      Object.entries(s.properties ?? {})
        .filter(([, p]) => p.type === 'object' && !p.properties && !p.additionalProperties && !p.allOf)
        .map(([prop]) => `${name}.${prop}`),
    );
    expect(bareObjects).toEqual([]);
  });

  it('lets every list be paged with limit and offset (#9)', () => {
    // Reads whose `items` are not a list of records: one batch with its lines, and aggregates.
    const notLists = new Set([
      'DirectDebitController_getBatch',
      'MeterReadingsController_report',
      'AdvisorySessionsController_stats',
    ]);
    type Schema = { $ref?: string; type?: string; properties?: Record<string, unknown> };
    const resolve = (s: Schema | undefined): Schema | undefined =>
      s?.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!] as Schema) : s;
    const unpaged = ops
      .filter(({ method, op }) => method === 'get' && !notLists.has(op.operationId))
      .filter(({ op }) => {
        const schema = resolve(
          (op.responses['200']?.content?.['application/json'] as { schema?: Schema } | undefined)?.schema,
        );
        return schema?.type === 'array' || schema?.properties?.items !== undefined;
      })
      .filter(
        ({ op }) => !['limit', 'offset'].every((n) => op.parameters?.some((p) => p.in === 'query' && p.name === n)),
      )
      .map(({ path, op }) => `${op.operationId} (${path})`);
    expect(unpaged).toEqual([]);
  });
});
