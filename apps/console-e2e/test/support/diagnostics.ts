import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext } from 'playwright-core';

// What a failed journey leaves to look at: each page's last picture and what the browser said
// (errors, failed requests), in reports/console-e2e/<test>/. Written after every test, since
// Jest does not tell an afterEach whether its test failed; a passing run overwrites its own.
const REPORTS = join(__dirname, '..', '..', '..', '..', 'reports', 'console-e2e');

/** Starts noting what the context's pages report. */
export function watchContext(context: BrowserContext, notes: string[]): void {
  const note = (line: string) => notes.push(`${new Date().toISOString()} ${line}`);
  context.on('page', (page) => {
    page.on('pageerror', (error) => note(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') note(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) =>
      note(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400)
        note(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
  });
}

/** Each open page's screenshot and URL, and the notes, under the test's name. */
export async function keepEvidence(
  contexts: readonly BrowserContext[],
  notes: readonly string[],
): Promise<void> {
  const test = (expect.getState().currentTestName ?? 'unnamed').replace(/[^\w-]+/g, '-');
  const directory = join(REPORTS, test.slice(0, 120));
  mkdirSync(directory, { recursive: true });
  const lines = [...notes];
  let index = 0;
  for (const context of contexts)
    for (const page of context.pages()) {
      index += 1;
      lines.push(`page ${index}: ${page.url()}`);
      await page
        .screenshot({ path: join(directory, `page-${index}.png`), fullPage: true, timeout: 10_000 })
        .catch((error: Error) => lines.push(`page ${index}: no screenshot (${error.message})`));
    }
  writeFileSync(join(directory, 'browser.log'), `${lines.join('\n')}\n`);
}
