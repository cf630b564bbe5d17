import { TEST_PASSWORD, TestFacility, createFacility } from '../support/factories';
import { apiClient } from '../support/api-client';
import { TestApp, createTestApp } from '../support/test-app';

describe('auth through the generated client', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
  }, 120_000);
  afterAll(() => t.close());

  it('logs in, reads /me and refreshes', async () => {
    const anonymous = apiClient(t.app);
    const { data: tokens, response } = await anonymous.POST('/api/v1/auth/login', {
      body: { email: f.adminEmail, password: TEST_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(tokens).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    const me = await apiClient(t.app, tokens!.accessToken).GET('/api/v1/me');
    expect(me.data).toMatchObject({ id: f.adminUserId, email: f.adminEmail, facilityId: f.facilityId });
    const refreshed = await anonymous.POST('/api/v1/auth/refresh', { body: { refreshToken: tokens!.refreshToken } });
    expect(refreshed.data?.refreshToken).not.toBe(tokens!.refreshToken);
    // The user comes with the refresh (what /me returns), and only its public view: no hash, no lock counters.
    expect(refreshed.data?.user).toEqual(me.data);
    expect(Object.keys(refreshed.data!.user).sort()).toEqual(
      ['createdAt', 'email', 'facilityId', 'id', 'lastLoginAt', 'locale', 'name', 'roles', 'status', 'tenantId'].sort(),
    );
  });

  it('gives problem details on a wrong password', async () => {
    const { data, error, response } = await apiClient(t.app).POST('/api/v1/auth/login', {
      body: { email: f.adminEmail, password: 'nope-nope-nope' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, title: 'Unauthorized' });
  });
});
