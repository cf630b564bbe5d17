import TestAgent from 'supertest/lib/agent';
import { validCorporateNumber } from '../tenants/helpers';

/**
 * The one way e2e tests build tenants: through POST /api/v1/tenants, so screening, kana and
 * corporate-number rules apply as for a user. (Billing's `seedTenant` and payments' `createTenant`
 * write in-process on purpose: those tests run without HTTP.)
 */

/** Creates a tenant from exactly `body` and returns its id; fails with the API's answer unless 201. */
export async function createTenant(http: TestAgent, token: string, body: Record<string, unknown>): Promise<string> {
  const res = await http.post('/api/v1/tenants').auth(token, { type: 'bearer' }).send(body);
  if (res.status !== 201) throw new Error(`tenant: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** An active corporation (kana テスト, a fresh valid corporate number) entered on `enteredOn`; returns its id. */
export function activeTenant(
  http: TestAgent,
  token: string,
  name: string,
  enteredOn = '2024-04-01',
  overrides: Record<string, unknown> = {},
): Promise<string> {
  return createTenant(http, token, {
    kind: 'corporation',
    name,
    nameKana: 'テスト',
    status: 'active',
    enteredOn,
    corporateNumber: validCorporateNumber(),
    ...overrides,
  });
}

/** A support client (相談のみ, rents nothing) trading under its name; returns its id. */
export function supportClient(http: TestAgent, token: string, name: string): Promise<string> {
  return createTenant(http, token, { kind: 'support_client', name, nameKana: 'テスト', tradeName: name });
}
