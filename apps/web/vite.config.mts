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

/**
 * Moves the app's stylesheet from the head into the body, after the boot shell and before #root: the shell
 * (styled by index.html's small inline style) paints as soon as the HTML arrives instead of after the
 * stylesheet. The parser stops at the link until the stylesheet has loaded, so the app's (deferred module)
 * scripts still run with it applied; and it still comes before the theme's CSS variables, which Mantine
 * renders as a <style> inside #root (same selectors as the stylesheet's defaults: the later one wins).
 */
function stylesheetAfterShell(): Plugin {
  return {
    name: 'tamago:stylesheet-after-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        if (links.length === 0) return html;
        if (!html.includes('<div id="root">'))
          throw new Error('index.html: no <div id="root"> to put the stylesheet before');
        let out = html;
        for (const link of links) out = out.replace(link, '');
        return out.replace('<div id="root">', `${links.map((l) => l.trim()).join('\n    ')}\n    <div id="root">`);
      },
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
    stylesheetAfterShell(),
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
