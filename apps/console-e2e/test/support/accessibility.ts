import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Page } from 'playwright-core';

/** What the console must never have: violations axe-core rates serious or critical. */
const BLOCKING = new Set(['serious', 'critical']);

// One line per screen checked, for the closing note: reports/console-e2e/axe.jsonl.
const REPORT_DIRECTORY = join(__dirname, '..', '..', '..', '..', 'reports', 'console-e2e');

/**
 * The accessibility checks of one test: each screen the journey reaches is checked as it is
 * shown, and the test fails at its end (see useConsoleWorld) with every serious or critical
 * violation of every screen, so one screen's contrast does not hide the rest of the journey.
 */
export class AccessibilityChecks {
  private readonly failures: string[] = [];

  /** Runs axe-core on the page as it is now. */
  async check(page: Page, screen: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    record({
      screen,
      route: new URL(page.url()).pathname,
      viewport: page.viewportSize(),
      passes: results.passes.length,
      violations: results.violations.map(({ id, impact }) => ({ id, impact })),
    });
    const blocking = results.violations.filter(
      (violation) => violation.impact && BLOCKING.has(violation.impact),
    );
    if (blocking.length === 0) return;
    const listed = blocking.map(
      (violation) =>
        `  - ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map(
            (node) =>
              `      ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s*\n\s*/g, ' ')}`,
          )
          .join('\n'),
    );
    this.failures.push(`${screen} (${page.url()}):\n${listed.join('\n')}`);
  }

  /** Throws with every blocking violation found, and forgets them. */
  verify(): void {
    const failures = this.failures.splice(0);
    if (failures.length > 0)
      throw new Error(
        `serious or critical accessibility violations on ${failures.length} screen(s):\n` +
          failures.join('\n'),
      );
  }
}

/** Starts the report afresh: the test run's screens only. */
export function clearAccessibilityReport(): void {
  rmSync(join(REPORT_DIRECTORY, 'axe.jsonl'), { force: true });
}

function record(summary: Record<string, unknown>): void {
  mkdirSync(REPORT_DIRECTORY, { recursive: true });
  appendFileSync(join(REPORT_DIRECTORY, 'axe.jsonl'), `${JSON.stringify(summary)}\n`);
}
