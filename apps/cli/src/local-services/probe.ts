import { Socket, createServer } from 'node:net';

/** True when something accepts a TCP connection on host:port within the timeout. */
export function tcpAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Sends raw bytes and resolves with the first chunk answered (empty when refused or silent). */
export function firstReply(port: number, payload: Buffer, host = '127.0.0.1', timeoutMs = 1000): Promise<Buffer> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (b: Buffer) => {
      socket.destroy();
      resolve(b);
    };
    socket.setTimeout(timeoutMs, () => done(Buffer.alloc(0)));
    socket.once('error', () => done(Buffer.alloc(0)));
    socket.once('data', (b) => done(b));
    socket.connect(port, host, () => socket.write(payload));
  });
}

/** Polls `check` every 100 ms until it holds, `failed` returns a reason, or the time runs out. */
export async function waitUntil(
  check: () => Promise<boolean>,
  failed: () => string | null,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
