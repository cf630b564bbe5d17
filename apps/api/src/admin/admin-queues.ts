import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthService, Role } from '@tamago/identity';
import { QUEUES } from '@tamago/jobs';

export const ADMIN_QUEUES_PATH = '/admin/queues';
const COOKIE = 'tamago_admin_token';

/** The access token of a request outside Nest: Authorization: Bearer, `?token=`, or the board's cookie. */
export function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  const query = (req.query as Record<string, unknown> | undefined)?.token;
  if (typeof query === 'string') return query;
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(COOKIE.length + 1)) : null;
}

/**
 * bull-board at /admin/queues, for platform operators only. It is a Fastify plugin outside Nest's
 * guards, so it checks the access token itself on every request (Authorization: Bearer, or
 * `?token=` once, which it keeps in an HttpOnly cookie scoped to the board): 401 without a valid
 * session, 403 for anyone but a platform operator.
 */
export async function mountAdminQueues(app: NestFastifyApplication): Promise<void> {
  const auth = app.get(AuthService);
  const queues = Object.values(QUEUES).map(
    (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false })),
  );
  const adapter = new FastifyAdapter();
  createBullBoard({ queues, serverAdapter: adapter });
  adapter.setBasePath(ADMIN_QUEUES_PATH);
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
        const token = tokenOf(req);
        const deny = (status: number, detail: string) =>
          reply
            .code(status)
            .header('content-type', 'application/problem+json')
            .header('www-authenticate', 'Bearer')
            .send({ type: 'about:blank', title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail });
        if (!token) return deny(401, 'A platform operator access token is required.');
        let roles: Role[];
        try {
          roles = (await auth.authenticate(token)).roles;
        } catch {
          return deny(401, 'The access token is invalid or has expired.');
        }
        if (!roles.includes(Role.PlatformOperator)) return deny(403, 'Only platform operators may see the queues.');
        void reply.header(
          'set-cookie',
          `${COOKIE}=${encodeURIComponent(token)}; Path=${ADMIN_QUEUES_PATH}; HttpOnly; SameSite=Strict`,
        );
      });
      await scope.register(adapter.registerPlugin() as never);
    },
    { prefix: ADMIN_QUEUES_PATH },
  );
}
