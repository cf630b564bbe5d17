import TestAgent from 'supertest/lib/agent';
import { bearer } from '../support/factories';

/** A room type `office` and spaces with the given codes; returns their ids by code. */
export async function spaces(http: TestAgent, token: string, codes: string[]): Promise<Record<string, string>> {
  await http
    .post('/api/v1/room-types')
    .set(bearer(token))
    .send({ code: 'office', nameJa: 'オフィス', nameEn: 'Office' });
  const ids: Record<string, string> = {};
  for (const code of codes) {
    const res = await http
      .post('/api/v1/spaces')
      .set(bearer(token))
      .send({ code, type: 'office', areaSqm: '30.00', monthlyRent: 90000 });
    if (res.status !== 201) throw new Error(`space: ${res.status} ${JSON.stringify(res.body)}`);
    ids[code] = res.body.id as string;
  }
  return ids;
}

/** A signed (active) lease of one space. */
export async function activeLease(
  http: TestAgent,
  token: string,
  tenantId: string,
  spaceId: string,
  startDate: string,
  endDate: string,
): Promise<string> {
  const res = await http
    .post('/api/v1/leases')
    .set(bearer(token))
    .send({ tenantId, spaceId, startDate, endDate, monthlyRent: 90000 });
  if (res.status !== 201) throw new Error(`lease: ${res.status} ${JSON.stringify(res.body)}`);
  await http
    .post(`/api/v1/leases/${res.body.id}/transitions`)
    .set(bearer(token))
    .send({ to: 'active', signedOn: startDate })
    .expect(200);
  return res.body.id as string;
}
