import type { VitePWAOptions } from 'vite-plugin-pwa';

// The console's service worker (Workbox generateSW), built with the console into sw.js, which
// the gateway serves with no-cache so a new build is seen at once.
// - The app shell (the build's html, js, css) is precached: the console opens without a network.
// - A nurse's visits (GET /api/nursing/v1/visits, the day's list and each visit) are network
//   first, falling back to the last answer, so she can read them offline.
// - Nothing else is cached: not /auth/*, not any other service's answers.
// - Signing out empties the visits cache, so the next user of the device finds no patient there.
// Route callbacks are copied into sw.js as source text: they may use no outside names.

export const consoleOffline: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  filename: 'sw.js',
  // Registered by the nurse's screens (register-service-worker.ts), not by a script in index.html.
  injectRegister: false,
  registerType: 'autoUpdate',
  // A web manifest, so a nurse can add the console to her phone's home screen and open it
  // full-screen like an app; desks use it in the browser.
  manifest: {
    name: 'Infuse',
    short_name: 'Infuse',
    description: 'Home infusion of immunoglobulin: referrals, authorizations, dispensing, visits',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1971c2',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
  },
  includeAssets: ['icon.svg'],
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,woff2}'],
    navigateFallback: 'index.html',
    // The gateway's own pages (the identity provider's sign-in, health, API documents) are never
    // answered with the console.
    navigateFallbackDenylist: [/^\/(api|auth|health|docs)(\/|$)/],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    runtimeCaching: [
      {
        method: 'GET',
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /^\/api\/nursing\/v1\/visits(\/[^/]+)?$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'nurse-visits',
          // On a weak signal, the last answer after 6 s rather than a spinner.
          networkTimeoutSeconds: 6,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 60, maxAgeSeconds: 3 * 24 * 60 * 60 },
        },
      },
      {
        method: 'POST',
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/auth/sign-out',
        handler: async ({ request }) => {
          const response = await fetch(request);
          await caches.delete('nurse-visits');
          return response;
        },
      },
    ],
  },
};
