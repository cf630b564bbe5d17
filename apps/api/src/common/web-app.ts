import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Finds the built web app (apps/web/dist) from both the TypeScript sources and the compiled dist/. */
export function findWebDist(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 7; i++) {
    const candidate = join(dir, 'apps', 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    dir = dirname(dir);
  }
  return null;
}

/**
 * Security headers for every response, with a CSP the built app passes: scripts only from our own origin
 * (Vite emits no inline script); inline styles are allowed because Mantine writes its CSS variables in a
 * style element. upgrade-insecure-requests is off so http://localhost keeps working.
 */
async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/**
 * Serves the built web app at `/`: hashed assets cached for a year (pre-compressed), index.html never cached, and every
 * other path outside /api and /health answered with index.html so the router can take it (history fallback).
 */
async function registerWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  const index = readFileSync(join(root, 'index.html'));
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // The build writes .br/.gz twins of every script and style (apps/web/vite.config.mts): sent as the
    // browser accepts them, with Vary: Accept-Encoding.
    preCompressed: true,
    setHeaders(res, path) {
      const hashed = path.includes(`${join(root, 'assets')}`);
      void res.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (req, reply) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/health') || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
  fastify.get('/', (_req, reply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index),
  );
}

/** Cookies (the refresh token), security headers, and the web app when it has been built. */
export async function registerWebPlatform(app: NestFastifyApplication, webRoot = findWebDist()): Promise<void> {
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  if (webRoot) await registerWebApp(app, webRoot);
}
