import TestAgent from 'supertest/lib/agent';
import { bearer, createActiveTenant } from '../../support/factories';

export interface Seeded {
  tenantId: string;
  leasedSpaceId: string;
  vacantSpaceCode: string;
}

/** A small lived-in facility through the API: one room type, three rooms, one active tenant holding one. */
export async function seedWorkspace(http: TestAgent, token: string): Promise<Seeded> {
  const auth = bearer(token);
  const type = await http
    .post('/api/v1/room-types')
    .set(auth)
    .send({ code: 'office', nameJa: '個室', nameEn: 'Office' })
    .expect(201);
  const spaces: string[] = [];
  for (const [code, floor] of [
    ['A-101', '1'],
    ['A-102', '1'],
    ['A-201', '2'],
  ]) {
    const res = await http
      .post('/api/v1/spaces')
      .set(auth)
      .send({
        code,
        building: 'A棟',
        floor,
        typeId: type.body.id,
        areaSqm: '20.00',
        monthlyRent: 80000,
        commonAreaFee: 5000,
      })
      .expect(201);
    spaces.push(res.body.id as string);
  }
  const tenantId = await createActiveTenant(http, token, '株式会社たまごラボ');
  const lease = await http
    .post('/api/v1/leases')
    .set(auth)
    .send({
      tenantId,
      spaceId: spaces[0],
      startDate: '2026-04-01',
      endDate: '2027-01-31',
      monthlyRent: 80000,
      deposit: 240000,
    })
    .expect(201);
  await http
    .post(`/api/v1/leases/${lease.body.id}/transitions`)
    .set(auth)
    .send({ to: 'active', signedOn: '2026-03-15' })
    .expect(200);
  return { tenantId, leasedSpaceId: spaces[0], vacantSpaceCode: 'A-201' };
}
