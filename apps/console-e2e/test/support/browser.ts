import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium package (infra/scripts/lib/chromium.mjs installs it for `npm test`). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Root in a container: no sandbox; a small /dev/shm; nothing that phones home while tests run.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A desk: the coordinator's, the payer's and the pharmacist's screens. */
export const DESK = { width: 1280, height: 800 };
/** A phone in the patient's living room: the nurse's screens. */
export const PHONE = { width: 390, height: 844 };

/** Launches Chromium, or fails saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: the console's browser tests drive Debian's chromium package. ` +
        'Install it as root with `apt-get update && apt-get install -y chromium` ' +
        '(npm test does this itself when it runs as root), or set CHROMIUM_PATH.',
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh browser profile (its own cookies, so its own session) at the console's address. */
export function newDeskContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: DESK, timezoneId: 'America/New_York' });
}

/** The fixtures' patient's home in Baltimore, where the nurse checks in and out (EVV). */
export const PATIENT_HOME = { latitude: 39.2776, longitude: -76.6122, accuracy: 10 };

/** A phone-sized, touch profile, as the nurse holds it, with its location allowed. */
export function newPhoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'America/New_York',
    permissions: ['geolocation'],
    geolocation: PATIENT_HOME,
  });
}
