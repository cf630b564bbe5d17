import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the local defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/tamago');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.TAMAGO_DEMO).toBe(true);
  });

  it('converts numbers and booleans', () => {
    const c = loadConfig({ PORT: '8080', TAMAGO_DEMO: 'off' });
    expect(c.PORT).toBe(8080);
    expect(c.TAMAGO_DEMO).toBe(false);
  });

  it('takes the process counts of npm start and a hash-tagged Redis prefix (Redis Cluster)', () => {
    expect(loadConfig({})).toMatchObject({ API_PROCESSES: 1, WORKER_PROCESSES: 1 });
    const c = loadConfig({ API_PROCESSES: '4', WORKER_PROCESSES: '2', REDIS_PREFIX: '{tamago}' });
    expect(c).toMatchObject({ API_PROCESSES: 4, WORKER_PROCESSES: 2, REDIS_PREFIX: '{tamago}' });
    expect(() => loadConfig({ API_PROCESSES: '0' })).toThrow(/API_PROCESSES/);
  });

  it('leaves the pool size to each process unless set, and refuses a pool of none', () => {
    expect(loadConfig({}).DATABASE_POOL_SIZE).toBeUndefined();
    expect(loadConfig({ DATABASE_POOL_SIZE: '40' }).DATABASE_POOL_SIZE).toBe(40);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('names each malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x' })).toThrow(/PORT[\s\S]*REDIS_URL/);
  });

  it('refuses default secrets and the demo seed in production', () => {
    let err: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', TAMAGO_DEMO: 'true' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(String(err)).toMatch(/JWT_SECRET: the default secret is refused/);
    expect(String(err)).toMatch(/TAMAGO_DEMO/);
    expect(String(err)).toMatch(/SMTP_URL: required/);
  });

  it('turns the demo off by default in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail:25' });
    expect(c.TAMAGO_DEMO).toBe(false);
  });

  it('trusts no proxy by default and a configured list otherwise', () => {
    expect(loadConfig({}).trustedProxies).toBe(false);
    expect(loadConfig({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,192.168.1.5' }).trustedProxies).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.5',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'everyone!' })).toThrow(/TRUSTED_PROXIES/);
  });
});
