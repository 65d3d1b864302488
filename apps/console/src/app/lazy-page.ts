import { lazy, type ComponentType } from 'react';

/**
 * A page component loaded with the rest of its role's pages on first use. Each role's pages sit
 * behind one dynamic import (its pages.ts), so the build makes one chunk per role: a nurse's
 * phone never downloads the pharmacist's worksheet, and the first screen paints sooner.
 */
export function lazyPage<Pages, Name extends keyof Pages>(
  load: () => Promise<Pages>,
  name: Name,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
