// The console's build: static files in dist/apps/console that the gateway serves at one origin
// with the services' APIs under /api/<service>/. `vite` (dev server) proxies /api and /auth to a
// running gateway, so the page is developed against the same origin rules as production.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { consoleOffline } from './src/offline/service-worker.config.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.CONSOLE_GATEWAY_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react(), VitePWA(consoleOffline)],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: '127.0.0.1',
    // The gateway refuses unsafe requests from another origin (CSRF defence); the dev server's
    // requests speak for the same user, so they present the gateway's own origin.
    proxy: Object.fromEntries(
      ['/api', '/auth'].map((prefix) => [
        prefix,
        {
          target: gateway,
          configure: (proxy: {
            on: (
              event: 'proxyReq',
              listener: (request: { setHeader: (name: string, value: string) => void }) => void,
            ) => void;
          }) => proxy.on('proxyReq', (request) => request.setHeader('origin', gateway)),
        },
      ]),
    ),
  },
});
