import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, createTestApp } from '../support/test-app';

const ROOT = join(__dirname, '../..');
const CLIENT = join(ROOT, 'libs/api-client');
const REGENERATE = 'run `npm run api:generate` and commit libs/api-client and apps/api/src/plugin-metadata.ts';

describe('the generated client matches the live document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(() => t.close());

  it('checked-in openapi.json is the document the API serves', async () => {
    const live = (await t.http.get('/api/docs-json').expect(200)).body;
    const checkedIn = JSON.parse(readFileSync(join(CLIENT, 'openapi.json'), 'utf8'));
    expect({ live, hint: REGENERATE }).toEqual({ live: checkedIn, hint: REGENERATE });
  });

  it('checked-in src/schema.ts is what openapi-typescript makes of it', async () => {
    const live = (await t.http.get('/api/docs-json').expect(200)).body;
    const dir = mkdtempSync(join(tmpdir(), 'tamago-client-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(live));
    const bin = join(ROOT, 'node_modules/.bin');
    execFileSync(join(bin, 'openapi-typescript'), [join(dir, 'openapi.json'), '-o', join(dir, 'schema.ts')], {
      stdio: 'pipe',
    });
    // Format exactly as api:generate does (prettier with the repository's configuration).
    const target = join(CLIENT, 'src/schema.ts');
    const formatted = execFileSync(join(bin, 'prettier'), ['--stdin-filepath', target], {
      input: readFileSync(join(dir, 'schema.ts')),
      cwd: ROOT,
    }).toString();
    expect(formatted === readFileSync(target, 'utf8') ? 'fresh' : `stale: ${REGENERATE}`).toBe('fresh');
  });

  it('the swagger plugin metadata matches the sources', () => {
    let stale = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'apps/api/scripts/openapi-metadata.mjs'), '--check'], {
        stdio: 'pipe',
        cwd: ROOT,
      });
    } catch (e) {
      stale = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(stale).toBe('');
  }, 180_000);
});
