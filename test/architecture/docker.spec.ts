import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const compose = join(__dirname, '../../docker/compose.yml');
const hasDockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

describe('docker', () => {
  // .ci/run installs docker-compose, so in CI this always runs.
  (hasDockerCompose ? it : it.skip)('compose file validates', () => {
    expect(() => execFileSync('docker-compose', ['-f', compose, 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
    const services = execFileSync('docker-compose', ['-f', compose, 'config', '--services'], { encoding: 'utf8' });
    expect(services.trim().split('\n').sort()).toEqual(['api', 'migrate', 'postgres', 'redis', 'worker']);
  });
});
