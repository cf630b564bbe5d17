import { Role, isCoherentRoleSet } from './role';

describe('isCoherentRoleSet', () => {
  it('accepts staff-only and tenant-only sets', () => {
    expect(isCoherentRoleSet([Role.FacilityAdmin, Role.Accountant])).toBe(true);
    expect(isCoherentRoleSet([Role.TenantAdmin])).toBe(true);
    expect(isCoherentRoleSet([Role.PlatformOperator])).toBe(true);
  });

  it('refuses empty, mixed and operator-plus sets', () => {
    expect(isCoherentRoleSet([])).toBe(false);
    expect(isCoherentRoleSet([Role.FacilityAdmin, Role.TenantMember])).toBe(false);
    expect(isCoherentRoleSet([Role.PlatformOperator, Role.Auditor])).toBe(false);
  });
});
