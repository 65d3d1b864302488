/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

let registered = false;

/**
 * Installs the console's service worker (a no-op on the dev server). A new version takes over in
 * the background; the open page is not reloaded under the nurse's hands, and the next opening
 * runs the new version.
 */
export function registerServiceWorker(): void {
  if (registered) return;
  registered = true;
  registerSW({
    immediate: true,
    onNeedReload: () => undefined,
    onRegisterError: (error: unknown) =>
      console.warn('The service worker was not installed', error),
  });
}

/**
 * Calls back when a service worker takes control of the page (the first install claims it, an
 * update replaces it): what was read before then was not kept for offline, and can be read again.
 */
export function onServiceWorkerControl(callback: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  navigator.serviceWorker.addEventListener('controllerchange', callback);
  return () => navigator.serviceWorker.removeEventListener('controllerchange', callback);
}
