import { type Finding, type FindingSeverity } from './worksheet';

const RANK: Record<FindingSeverity, number> = { stop: 0, warn: 1, info: 2 };

/**
 * The worksheet's findings, one per code: the screen, the regimen check and the other rules may
 * flag the same thing (off-label, below the labeled age), and a pharmacist acknowledges it once.
 * The gravest severity wins; stops first, then warnings, then notes.
 */
export class FindingList {
  private readonly byCode = new Map<string, Finding>();

  add(code: string, severity: FindingSeverity, message: string, sources: readonly string[]): void {
    const existing = this.byCode.get(code);
    if (existing && RANK[existing.severity] <= RANK[severity]) return;
    this.byCode.set(code, { code, severity, message, sources: [...sources] });
  }

  list(): Finding[] {
    return [...this.byCode.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  }
}
