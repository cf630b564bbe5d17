import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.TAMAGO_API_URL ?? 'http://localhost:3000';

/**
 * Writes `.br` and `.gz` twins of the built scripts, styles and SVGs next to them: the API serves them
 * with @fastify/static's `preCompressed` (about a fifth of the bytes on the wire), no compression at
 * request time.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'tamago:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of walk(outDir)) {
        if (!/\.(js|css|svg|json)$/.test(file)) continue;
        const bytes = readFileSync(file);
        if (bytes.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

// The router plugin must run before the React plugin so generated route files are compiled too.
export default defineConfig({
  root,
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: 'src/routes',
      generatedRouteTree: 'src/app/route-tree.gen.ts',
    }),
    react(),
    precompress(),
  ],
  resolve: {
    alias: {
      '@': `${root}src`,
      '@tamago/api-client': fileURLToPath(new URL('../../libs/api-client/src/index.ts', import.meta.url)),
      // The API's stable error codes (plain constants; the API's catalogues stay out of the bundle).
      '@tamago/error-codes': fileURLToPath(new URL('../../libs/i18n/src/codes.ts', import.meta.url)),
    },
  },
  server: { port: 5173, proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 900 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
    // Shared 2-core machines: the first render of a Mantine form can take several seconds.
    testTimeout: 20_000,
  },
});
