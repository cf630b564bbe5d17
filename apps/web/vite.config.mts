import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.TAMAGO_API_URL ?? 'http://localhost:3000';

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
