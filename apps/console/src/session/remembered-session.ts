import type { Session } from './session';

const KEY = 'infuse.session';

/**
 * Who was last signed in on this device: subject, role, payer and name, never a token (the
 * gateway keeps those). A nurse who opens the console without a signal finds her screens and the
 * visits the service worker kept, instead of a sign-in page she cannot use; her queued updates
 * are sent under the gateway's session once the connection returns, and a 401 then (the
 * session ended) forgets this and shows the sign-in page.
 */
export const rememberedSession = {
  read(): Session | null {
    try {
      const text = localStorage.getItem(KEY);
      return text ? (JSON.parse(text) as Session) : null;
    } catch {
      // Storage disabled or a value from another version: nothing is remembered.
      return null;
    }
  },
  keep(session: Session): void {
    const { subject, role, payerId, displayName } = session;
    try {
      localStorage.setItem(KEY, JSON.stringify({ subject, role, payerId, displayName }));
    } catch {
      // Storage full or disabled: the console still works online.
    }
  },
  forget(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing could be stored, so nothing is left.
    }
  },
};
