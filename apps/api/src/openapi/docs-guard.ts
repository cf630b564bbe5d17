import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '@tamago/identity';
import { tokenOf } from '../admin/admin-queues';

export const DOCS_PATH = '/api/docs';

/**
 * In production the API documentation (Swagger UI and its JSON) is for signed-in users only:
 * it maps every route an attacker would try. Locally and in tests it stays open.
 */
export function guardApiDocs(app: NestFastifyApplication): void {
  const auth = app.get(AuthService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      const path = req.url.split('?')[0];
      if (path !== DOCS_PATH && !path.startsWith(`${DOCS_PATH}/`) && !path.startsWith(`${DOCS_PATH}-json`)) return;
      const token = tokenOf(req);
      const ok = token
        ? await auth.authenticate(token).then(
            () => true,
            () => false,
          )
        : false;
      if (ok) return;
      return reply
        .code(401)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .header('www-authenticate', 'Bearer')
        .header('cache-control', 'no-store')
        .send({
          type: 'urn:tamago:problem:unauthenticated',
          title: 'Unauthorized',
          status: 401,
          code: 'unauthenticated',
          detail: 'ログインが必要です（The API documentation needs a signed-in user.）',
        });
    });
}
