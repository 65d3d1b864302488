import { type RiskCondition } from './patient-profile';
import { type ImmuneGlobulinProduct } from './product-types';
import {
  hardStop,
  MALTOSE_INTERFERENCE_HOURS,
  type MonitoringTask,
  type SafetyFinding,
  warning,
} from './safety-findings';

// Patient-versus-product contraindications: hypersensitivity (rule 14) and excipients (rules 15–16).

/** Rule 14: IgA deficiency with antibodies, prior anaphylaxis to IG. */
export function screenHypersensitivity(
  has: (c: RiskCondition) => boolean,
  product: ImmuneGlobulinProduct,
  findings: SafetyFinding[],
  tasks: MonitoringTask[],
): void {
  // Rule 14: IgA deficiency with anti-IgA antibodies and a hypersensitivity history is a hard stop.
  if (has('iga_deficiency_with_antibodies') && has('hypersensitivity_history')) {
    findings.push(
      hardStop(
        'IGA_DEFICIENCY_WITH_ANTIBODIES_AND_HYPERSENSITIVITY',
        'Contraindicated: IgA deficiency with anti-IgA antibodies and a history of hypersensitivity. Low-IgA option for the prescriber to consider: Gammagard S/D (<1 µg/mL).',
        ['ASC2', 'OCTISI', 'TRC', 'AAAAI'],
      ),
    );
  } else if (has('iga_deficiency_with_antibodies')) {
    const iga = product.iga
      ? `${product.iga.microgramsPerMl} µg/mL (${product.iga.basis})`
      : 'unknown';
    findings.push(
      warning(
        'IGA_DEFICIENCY_WITH_ANTIBODIES',
        `IgA deficiency with anti-IgA antibodies: higher-IgA products carry more risk; ${product.brandName} IgA ${iga}. Keep epinephrine available.`,
        ['ASC2', 'OCTISI', 'TRC'],
      ),
    );
    tasks.push({
      code: 'EPINEPHRINE_AVAILABLE',
      description: 'Keep epinephrine available during the infusion',
      timing: 'during-infusion',
      sources: ['ASC2'],
    });
  }
  if (has('prior_anaphylaxis_to_ig')) {
    findings.push(
      hardStop(
        'PRIOR_ANAPHYLAXIS_TO_IG',
        'Contraindicated: prior anaphylaxis to human immune globulin',
        ['ASC2', 'OCT10c'],
      ),
    );
  }
}

/** Rules 15–16: L-proline, sorbitol and maltose against the patient's conditions. */
export function screenExcipients(
  has: (c: RiskCondition) => boolean,
  product: ImmuneGlobulinProduct,
  findings: SafetyFinding[],
  tasks: MonitoringTask[],
): void {
  const contains = (stabilizer: ImmuneGlobulinProduct['stabilizers'][number]): boolean =>
    product.stabilizers.includes(stabilizer);
  // Rule 15: hyperprolinemia + L-proline product (Hizentra hard stop [HIZ2]; Privigen unconfirmed [PRV2]).
  if (has('hyperprolinemia') && contains('l-proline')) {
    const message = `Hyperprolinemia type I/II with ${product.brandName}, an L-proline product`;
    findings.push(
      product.hyperprolinemia === 'hard-stop'
        ? hardStop('HYPERPROLINEMIA_WITH_PROLINE_PRODUCT', message, ['HIZ2', 'PRV2'])
        : warning('HYPERPROLINEMIA_WITH_PROLINE_PRODUCT', message, ['HIZ2', 'PRV2']),
    );
  }
  if (has('hereditary_fructose_intolerance') && contains('sorbitol')) {
    findings.push(
      warning(
        'HEREDITARY_FRUCTOSE_INTOLERANCE_SORBITOL',
        `Hereditary fructose intolerance with ${product.brandName}, a sorbitol product`,
        ['FLB1'],
      ),
    );
  }
  if (contains('maltose') && has('uses_glucose_meter')) {
    // Rule 16: GDH-PQQ meters read maltose as glucose; falsely high readings led to fatal hypoglycemia.
    findings.push(
      warning(
        'MALTOSE_GLUCOSE_METER',
        `${product.brandName} contains maltose: use a glucose-specific method during and ${MALTOSE_INTERFERENCE_HOURS} h after the infusion`,
        ['OCT5', 'OCT-MIMS', 'OCTISI', 'CUT2'],
      ),
    );
    tasks.push({
      code: 'GLUCOSE_SPECIFIC_METHOD',
      description:
        'Measure glucose with a glucose-specific method (not GDH-PQQ or glucose-dye-oxidoreductase)',
      timing: 'during-infusion',
      windowHoursAfterEnd: { min: 0, max: MALTOSE_INTERFERENCE_HOURS },
      sources: ['OCT5', 'OCT-MIMS'],
    });
  }
  if (contains('maltose') && has('corn_allergy')) {
    findings.push(
      warning('CORN_ALLERGY_MALTOSE', 'Maltose comes from corn: caution with corn allergy', [
        'OCT-MIMS',
      ]),
    );
  }
}
