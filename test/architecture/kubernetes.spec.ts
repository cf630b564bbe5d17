import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, Service } from 'kubernetes-models/v1';

const dir = join(__dirname, '../../docker/k8s');

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [k: string]: unknown };

/** Every document of every manifest in docker/k8s. */
function manifests(): Manifest[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJSON() as Manifest));
}

/** The model class validating each kind against the Kubernetes (and KEDA) OpenAPI schemas. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
};

const find = (kind: string, name: string) => manifests().find((m) => m.kind === kind && m.metadata.name === name);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('Kubernetes manifests (docker/k8s)', () => {
  it('every document validates against its schema', () => {
    const all = manifests();
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const m of all) {
      const Model = MODELS[`${m.apiVersion}/${m.kind}`];
      expect(Model).toBeDefined();
      expect(() => new Model(m as never).validate()).not.toThrow();
    }
  });

  it('holds the API with an autoscaler, the worker with a KEDA ScaledObject, and the migration Job', () => {
    const hpa = find('HorizontalPodAutoscaler', 'tamago-api') as Any;
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'tamago-api' });
    const keda = find('ScaledObject', 'tamago-worker') as Any;
    expect(keda.spec.scaleTargetRef.name).toBe('tamago-worker');
    expect(keda.spec.triggers.map((t: Any) => t.type)).toContain('redis');
    // Queue keys are hash-tagged, so the triggers read the lists BullMQ writes under the prefix.
    const config = find('ConfigMap', 'tamago-config') as Any;
    expect(config.data.REDIS_PREFIX).toBe('{tamago}');
    for (const t of keda.spec.triggers) expect(t.metadata.listName.startsWith('{tamago}:')).toBe(true);
    const job = find('Job', 'tamago-migrate') as Any;
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/apps/cli/src/main.js', 'migrate']);
  });

  it('probes the API on /health, requests resources and takes secrets by reference only', () => {
    for (const name of ['tamago-api', 'tamago-worker']) {
      const d = find('Deployment', name) as Any;
      for (const c of d.spec.template.spec.containers) {
        expect(c.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
        for (const e of c.env ?? []) {
          if (/SECRET|DATABASE_URL|REDIS_URL|SMTP_URL/.test(e.name)) {
            expect(e.value).toBeUndefined();
            expect(e.valueFrom.secretKeyRef.name).toBe('tamago-secrets');
          }
        }
      }
    }
    const api = (find('Deployment', 'tamago-api') as Any).spec.template.spec.containers[0];
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'])
      expect(api[probe].httpGet.path).toBe('/health');
    expect(manifests().some((m) => m.kind === 'Secret')).toBe(false);
  });
});
