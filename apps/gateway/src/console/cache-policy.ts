import { relative, sep } from 'node:path';

/** Vite names what it writes under assets/ by content hash: a changed file gets a new name. */
const HASHED_ASSETS = 'assets';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Asked again each time, so a new build (index.html, the service worker sw.js) is seen at once. */
export const REVALIDATE = 'no-cache';

/** How long a browser may keep a file of the console's build without asking again. */
export function cacheControlFor(consoleDirectory: string, filePath: string): string {
  const [top] = relative(consoleDirectory, filePath).split(sep);
  return top === HASHED_ASSETS ? IMMUTABLE : REVALIDATE;
}

/**
 * A path the console's router answers (`/referrals/r-1`) rather than a file: not under the
 * gateway's own prefixes or the build's assets, and without an extension. A missing
 * `/assets/app-1a2b.js` stays a 404, so a page from an older build fails plainly rather than
 * running HTML as a script.
 */
export function isClientRoute(path: string): boolean {
  if (/^\/(api|auth|health|assets)(\/|$)/.test(path)) return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}
