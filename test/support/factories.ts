import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import TestAgent from 'supertest/lib/agent';
import { TransactionRunner } from '@tamago/database';
import { FacilityOnboardingService, Role, UsersService } from '@tamago/identity';
import { activeTenant } from './tenants';

export const TEST_PASSWORD = 'correct-horse-battery';

/** A unique email for this test run. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.test`;
}

export interface TestFacility {
  facilityId: string;
  adminUserId: string;
  adminEmail: string;
  adminToken: string;
}

/** Logs in and returns the access token. */
export async function login(http: TestAgent, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await http.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** A fresh facility with an active admin, logged in. Each test file builds its own. */
export async function createFacility(
  app: INestApplication,
  http: TestAgent,
  name = 'テスト施設',
): Promise<TestFacility> {
  const adminEmail = uniqueEmail('admin');
  const { facilityId, adminUserId } = await app
    .get(FacilityOnboardingService)
    .createWithAdmin({ name, adminEmail, adminPassword: TEST_PASSWORD, adminName: 'Admin' });
  return { facilityId, adminUserId, adminEmail, adminToken: await login(http, adminEmail) };
}

/** An active user of the facility with the given roles, logged in. */
export async function createUser(
  app: INestApplication,
  http: TestAgent,
  facilityId: string,
  roles: Role[],
  extra: { tenantId?: string } = {},
): Promise<{ userId: string; email: string; token: string }> {
  const email = uniqueEmail(roles[0]);
  const user = await app.get(TransactionRunner).inFacility(facilityId, (em) =>
    app.get(UsersService).createInFacility(em, facilityId, {
      email,
      name: roles.join(','),
      roles,
      password: TEST_PASSWORD,
      tenantId: extra.tenantId,
    }),
  );
  return { userId: user.id, email, token: await login(http, email) };
}

/** `Authorization` header for a token. */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** An active corporate tenant created through the API (valid kana and corporate number); returns its id. */
export function createActiveTenant(http: TestAgent, token: string, name: string): Promise<string> {
  return activeTenant(http, token, name);
}
