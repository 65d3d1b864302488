import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AccessibilityChecks, clearAccessibilityReport } from './accessibility';
import { launchChromium, newDeskContext, newPhoneContext } from './browser';
import { type InfuseStack, startConsoleStack } from './console-stack';
import { keepEvidence, watchContext } from './diagnostics';

/** What the journeys share: one stack with its gateway, one Chromium. */
export interface ConsoleWorld {
  stack: InfuseStack;
  /** The gateway's address, where the console is served. */
  url: string;
  /** A new desk-sized profile, closed after the test. */
  desk(): Promise<BrowserContext>;
  /** A new phone-sized profile, closed after the test. */
  phone(): Promise<BrowserContext>;
  /** Checks the page with axe-core; the test fails at its end on any serious or critical. */
  expectAccessible(page: Page, screen: string): Promise<void>;
}

/**
 * Starts the stack and Chromium before the file's first test and stops both after its last;
 * each test's browser profiles are closed after it. Call at the top of a spec file.
 */
export function useConsoleWorld(): () => ConsoleWorld {
  let stack: InfuseStack | undefined;
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];
  const notes: string[] = [];
  const accessibility = new AccessibilityChecks();

  beforeAll(async () => {
    clearAccessibilityReport();
    [stack, browser] = await Promise.all([startConsoleStack(), launchChromium()]);
  }, 300_000);

  afterEach(async () => {
    await keepEvidence(open, notes.splice(0));
    await Promise.all(open.splice(0).map((context) => context.close()));
    // Fails the test that just ran (Jest reports an afterEach error on it).
    accessibility.verify();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  }, 60_000);

  return () => {
    if (!stack || !browser) throw new Error('the console stack did not start (see beforeAll)');
    const started = { stack, browser };
    const url = stack.gateway().url;
    const track = async (opening: Promise<BrowserContext>) => {
      const context = await opening;
      // A first load on a busy 2-core machine can take a while; a step that never comes still fails.
      context.setDefaultTimeout(45_000);
      watchContext(context, notes);
      open.push(context);
      return context;
    };
    return {
      stack,
      url,
      desk: () => track(newDeskContext(started.browser, url)),
      phone: () => track(newPhoneContext(started.browser, url)),
      expectAccessible: (page, screen) => accessibility.check(page, screen),
    };
  };
}
