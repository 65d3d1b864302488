import { checkLabsGate, type ClinicalSettings, daysBetween, type IsoDate } from '@infuse/clinical';
import { type LabCode, type LabResult } from '@infuse/contracts';
import { type LabsSection } from './worksheet';

/** Rule 13: which labs are present, how old each is on the first administration date, the gate. */
export function labsSection(
  labs: readonly LabResult[],
  referenceDate: IsoDate,
  settings: ClinicalSettings,
): LabsSection {
  const gate = checkLabsGate({ labs: latestFirst(labs), referenceDate }, settings);
  const latest = new Map<LabCode, LabResult>();
  for (const lab of labs) {
    const kept = latest.get(lab.code);
    if (!kept || kept.collectedOn <= lab.collectedOn) latest.set(lab.code, lab);
  }
  return {
    passed: gate.passed,
    referenceDate,
    maxAgeDays: gate.maxAgeDays,
    present: [...latest.values()].map((lab) => {
      const ageDays = daysBetween(lab.collectedOn, referenceDate);
      return {
        code: lab.code,
        value: lab.value,
        unit: lab.unit,
        collectedOn: lab.collectedOn,
        ageDays,
        fresh: ageDays >= 0 && ageDays <= gate.maxAgeDays,
      };
    }),
    issues: gate.issues.map(({ code, message, sources }) => ({ code, message, sources })),
  };
}

// The gate takes the first fresh result of each code; the newest ones first makes that the latest.
function latestFirst(labs: readonly LabResult[]): LabResult[] {
  return [...labs].sort((a, b) => b.collectedOn.localeCompare(a.collectedOn));
}
