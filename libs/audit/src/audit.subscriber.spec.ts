import { EntityManager, InsertEvent } from 'typeorm';
import { AuditSubscriber } from './audit.subscriber';
import { Audited } from './audited';

@Audited({ entity: 'thing', exclude: ['secret'] })
class Thing {
  id = '';
  facilityId = '';
  name = '';
  secret = '';
}

/** An EntityManager whose connection, like a real one, cannot run two queries at once. */
function fakeManager() {
  let busy = false;
  const calls: unknown[][] = [];
  const queryRunner = {};
  const em = {
    queryRunner,
    query: async (_sql: string, params: unknown[]) => {
      if (busy) throw new Error('two queries at once on one connection');
      busy = true;
      await new Promise((r) => setTimeout(r, 5));
      calls.push(params);
      busy = false;
    },
  } as unknown as EntityManager;
  return { em, calls };
}

const insertEvent = (em: EntityManager, entity: Thing) =>
  ({ manager: em, entity, metadata: { target: Thing } }) as unknown as InsertEvent<Record<string, unknown>>;

describe('AuditSubscriber', () => {
  it('writes the after-events of one save one at a time on its connection', async () => {
    const { em, calls } = fakeManager();
    const sub = new AuditSubscriber();
    const things = [1, 2, 3].map((n) =>
      Object.assign(new Thing(), { id: `t${n}`, facilityId: 'f1', name: `n${n}`, secret: 's' }),
    );
    // TypeORM broadcasts these in parallel (Promise.all).
    await Promise.all(things.map((t) => sub.afterInsert(insertEvent(em, t))));
    expect(calls.map((c) => c[3])).toEqual(['t1', 't2', 't3']);
    const changes = JSON.parse(String(calls[0][4]));
    expect(changes).toEqual({
      id: { before: null, after: 't1' },
      facilityId: { before: null, after: 'f1' },
      name: { before: null, after: 'n1' },
    });
  });

  it('ignores entities that are not audited and rows without a facility', async () => {
    const { em, calls } = fakeManager();
    const sub = new AuditSubscriber();
    await sub.afterInsert({ manager: em, entity: { id: 'x' }, metadata: { target: class Other {} } } as never);
    await sub.afterInsert(
      insertEvent(em, Object.assign(new Thing(), { id: 'op', facilityId: null as unknown as string })),
    );
    expect(calls).toEqual([]);
  });
});
