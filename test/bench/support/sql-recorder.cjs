/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node -r) */
// Preloaded (node -r) into a recording API process by the bench: appends every statement the
// process sends to PostgreSQL, with its connection, as a JSON line to BENCH_SQL_LOG. The bench
// replays a request's facility-scoped statements in its bare baseline ("the same SQL").
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_SQL_LOG;
const connections = new WeakMap();
let next = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  if (!connections.has(this)) connections.set(this, ++next);
  const text = typeof config === 'string' ? config : config && config.text;
  const params = Array.isArray(values) ? values : config && config.values;
  if (file && text)
    appendFileSync(file, `${JSON.stringify({ c: connections.get(this), text, params: params ?? [] })}\n`);
  return original.call(this, config, values, callback);
};
