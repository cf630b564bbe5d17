import { DomainError, ErrorCode } from '@tamago/core';
import { assertNoOpenLeases, assertTenantAcceptsUsers, isUuid } from './tenant-guards';

const tenant = { id: 'a0000000-0000-4000-8000-000000000001', name: '卵株式会社', archivedAt: null };

function conflictOf(f: () => void): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.Conflict) return e;
    throw e;
  }
  throw new Error('expected a conflict');
}

describe('assertTenantAcceptsUsers', () => {
  it.each(['applicant', 'screening', 'approved', 'active'] as const)('accepts a %s tenant', (status) => {
    expect(() => assertTenantAcceptsUsers({ ...tenant, status })).not.toThrow();
  });

  it.each(['graduated', 'withdrawn', 'rejected'] as const)('refuses a %s tenant', (status) => {
    expect(conflictOf(() => assertTenantAcceptsUsers({ ...tenant, status })).message).toBe(
      `Tenant 卵株式会社 is ${status} and can no longer get new users.`,
    );
  });

  it('refuses an archived tenant whatever its status', () => {
    const e = conflictOf(() => assertTenantAcceptsUsers({ ...tenant, status: 'active', archivedAt: new Date() }));
    expect(e.message).toBe('Tenant 卵株式会社 is archived and can no longer get new users.');
    expect(e.details.extra).toEqual({ tenantId: tenant.id, tenantStatus: 'active', archived: true });
  });
});

describe('assertNoOpenLeases', () => {
  it('lets a tenant without open leases leave', () => {
    expect(() => assertNoOpenLeases(tenant, 'graduated', [])).not.toThrow();
  });

  it('names every open lease with its spaces and term', () => {
    const leases = [
      { id: 'L1', status: 'active', startDate: '2026-04-01', endDate: '2029-03-31', spaceCodes: ['A-101', 'A-102'] },
      { id: 'L2', status: 'draft', startDate: '2026-10-01', endDate: '2027-03-31', spaceCodes: [] },
    ];
    const e = conflictOf(() => assertNoOpenLeases(tenant, 'withdrawn', leases));
    expect(e.message).toBe(
      'Tenant 卵株式会社 cannot become withdrawn while it has open leases: ' +
        'L1 (active, A-101, A-102, 2026-04-01–2029-03-31); L2 (draft, no space, 2026-10-01–2027-03-31). ' +
        'End or terminate its active leases and cancel its draft leases first.',
    );
    expect(e.details.extra).toEqual({ openLeases: leases });
  });
});

describe('isUuid', () => {
  it('tells a uuid from anything else', () => {
    expect(isUuid(tenant.id)).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(`${tenant.id}x`)).toBe(false);
  });
});
