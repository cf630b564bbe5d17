import autocannon from 'autocannon';

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** autocannon against `url`, cycling through `requests` (tokens of many facilities) on every connection. */
export async function load(
  url: string,
  requests: LoadRequest[],
  opts: { connections: number; duration: number },
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.duration,
    requests: requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers, body: r.body })),
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
