// The bare baseline of the read and write scenarios: Fastify and pg, nothing else. Each route
// replays, for the caller's facility (picked by the bearer token, no verification), the statements
// the product ran for that request inside its facility transactions: one transaction, the same
// RLS role and setting, the same SQL. BENCH_BARE_SCRIPTS names a JSON file
// { route: { token: [{ text, params }] } }; the server listens on BENCH_BARE_PORT.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

const scripts = JSON.parse(readFileSync(process.env.BENCH_BARE_SCRIPTS, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

async function replay(script) {
  const client = await pool.connect();
  try {
    // One round trip for BEGIN and the settings, as the product's TransactionRunner sends them.
    await client.query(
      `BEGIN; SELECT set_config('tamago.facility_id', ${pg.escapeLiteral(script.facilityId)}, true), set_config('tamago.actor_id', ${pg.escapeLiteral(script.actorId ?? '')}, true), set_config('role', 'tamago_app', true)`,
    );
    const results = [];
    for (const s of script.statements) results.push((await client.query(s.text, s.params)).rows);
    await client.query('COMMIT');
    return results;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

app.get('/health', async () => ({ status: 'ok' }));

for (const [route, byToken] of Object.entries(scripts)) {
  const [method, url] = route.split(' ');
  app.route({
    method,
    url,
    handler: async (req, reply) => {
      const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
      const script = byToken[token];
      if (!script) return reply.code(401).send({ error: 'unknown token' });
      const rows = await replay(script);
      return reply.code(method === 'POST' ? 201 : 200).send(rows);
    },
  });
}

await app.listen({ port: Number(process.env.BENCH_BARE_PORT), host: '127.0.0.1' });
process.send?.('ready');
