import { daysBetween } from '@infuse/clinical';
import { type LabFact } from '../facts/clinical-facts';
import { type PasRequestFacts } from '../facts/request-facts';
import { LAB_LOINC } from '../../lab-loinc';
import { type Determination, type PayerRule } from './payer-rule';
import { isPrimaryImmunodeficiency } from './safe-icd10';

type PrimaryImmunodeficiencyRule = Extract<PayerRule, { kind: 'primary-immunodeficiency' }>;

// IgG arrives in mg/dL or g/L (1 g/L = 100 mg/dL); any other unit cannot be compared.
const MG_PER_DL_PER_UNIT: Readonly<Record<string, number>> = { 'mg/dL': 1, 'g/L': 100 };

/**
 * Certifies a PI request that meets every criterion; pends it, saying which criteria are not
 * met, for a reviewer otherwise. Labs count as of `today`, the day the payer receives it.
 */
export function primaryImmunodeficiencyCriteria(
  facts: PasRequestFacts,
  rule: PrimaryImmunodeficiencyRule,
  today: string,
): Determination {
  const unmet: string[] = [];
  const met: string[] = [];
  const pi = facts.diagnoses.find((diagnosis) => isPrimaryImmunodeficiency(diagnosis.code));
  if (pi) met.push(`${pi.code} is a primary immunodeficiency`);
  else unmet.push('no primary immunodeficiency diagnosis (ICD-10-CM D80-D84)');

  const igG = latest(facts.labs, LAB_LOINC.IgG.code);
  const factor = igG?.unit ? MG_PER_DL_PER_UNIT[igG.unit] : undefined;
  const igGMgPerDl =
    igG?.value !== undefined && factor !== undefined ? igG.value * factor : undefined;
  if (!igG) unmet.push('no IgG result');
  else if (igGMgPerDl === undefined) unmet.push('IgG has no value in mg/dL or g/L');
  else if (igGMgPerDl >= rule.maxIgGMgPerDl)
    unmet.push(`IgG ${shown(igGMgPerDl)} mg/dL is not below ${rule.maxIgGMgPerDl} mg/dL`);
  else met.push(`IgG ${shown(igGMgPerDl)} mg/dL is below ${rule.maxIgGMgPerDl} mg/dL`);

  for (const [name, loinc] of [
    ['BUN', LAB_LOINC.BUN.code],
    ['creatinine', LAB_LOINC.creatinine.code],
  ] as const) {
    const lab = latest(facts.labs, loinc);
    const age = lab?.date ? daysBetween(lab.date, today) : undefined;
    if (age === undefined) unmet.push(`no dated ${name} result`);
    else if (age < 0) unmet.push(`${name} is dated after today`);
    else if (age > rule.renalLabsMaxAgeDays)
      unmet.push(`${name} is ${age} days old, more than ${rule.renalLabsMaxAgeDays}`);
    else met.push(`${name} is ${age} days old`);
  }
  return unmet.length === 0
    ? { outcome: 'certify', reasons: met }
    : { outcome: 'pend', reasons: unmet };
}

// g/L × 100 can leave binary noise (0.07 g/L → 7.000000000000001 mg/dL) in a reviewer's reason.
function shown(mgPerDl: number): number {
  return Math.round(mgPerDl * 10) / 10;
}

/** The most recent result of a LOINC code (undated results count as oldest). */
function latest(labs: readonly LabFact[], loinc: string): LabFact | undefined {
  return labs
    .filter((lab) => lab.code === loinc)
    .reduce<LabFact | undefined>(
      (best, lab) => (!best || (lab.date ?? '') > (best.date ?? '') ? lab : best),
      undefined,
    );
}
