import { type PlanType, type ProgrammeKind, type ScreeningOutcome } from '@infuse/contracts';
import {
  type Household,
  percentOfPovertyLevel,
  type PovertyGuidelines,
} from './poverty-guidelines';
import { isIncomeTested, type Programme, PROGRAMME_PREFERENCE } from './programme';

/** What the case knows when it is screened. */
export interface ScreeningFacts {
  readonly planType: PlanType;
  /** Absent until the prescriber's brand is known or a pharmacist verifies one. */
  readonly productId?: string;
  readonly manufacturer?: string;
  readonly diagnosisCode: string;
  /** The patient's state, which picks the poverty guidelines (Alaska and Hawaii differ). */
  readonly state?: string;
  readonly household?: Household;
}

export type ProgrammeVerdict = 'eligible' | 'needs_financials' | 'not_eligible';

export interface ScreeningReason {
  readonly code: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export interface ProgrammeScreening {
  readonly programmeId: string;
  readonly kind: ProgrammeKind;
  readonly verdict: ProgrammeVerdict;
  readonly reasons: readonly ScreeningReason[];
}

export interface Screening {
  readonly outcome: ScreeningOutcome;
  readonly programmes: readonly ProgrammeScreening[];
  /** The programme enrolment uses: the preferred kind among the eligible ones. */
  readonly chosen?: { readonly programmeId: string; readonly kind: ProgrammeKind };
}

// The federal anti-kickback bar: a manufacturer's copay help must not reach a patient whose drug
// a federal programme pays for [OIG1][OIG2]; programme terms exclude every government plan
// [CSL1][OCR-T] (TRICARE's exclusion is standard, unconfirmed [OCR-T]).
const GOVERNMENT_PLANS: ReadonlySet<PlanType> = new Set([
  'medicare',
  'medicare_advantage',
  'medicaid',
  'tricare',
  'va',
]);

const reason = (code: string, text: string, ...sources: string[]): ScreeningReason => ({
  code,
  text,
  sources,
});

/** Screens the patient for every programme: each verdict with all its reasons, and the choice. */
export function screen(
  facts: ScreeningFacts,
  programmes: readonly Programme[],
  guidelines: PovertyGuidelines,
): Screening {
  const results = programmes.map((programme) => screenOne(facts, programme, guidelines));
  const eligible = results.filter((result) => result.verdict === 'eligible');
  const chosen = PROGRAMME_PREFERENCE.flatMap((kind) =>
    eligible.filter((result) => result.kind === kind),
  )[0];
  const outcome: ScreeningOutcome = chosen
    ? 'eligible'
    : results.some((result) => result.verdict === 'needs_financials')
      ? 'needs_financials'
      : 'not_eligible';
  return {
    outcome,
    programmes: results,
    ...(chosen ? { chosen: { programmeId: chosen.programmeId, kind: chosen.kind } } : {}),
  };
}

function screenOne(
  facts: ScreeningFacts,
  programme: Programme,
  guidelines: PovertyGuidelines,
): ProgrammeScreening {
  const refusals = refusalsOf(facts, programme);
  const result = (verdict: ProgrammeVerdict, reasons: readonly ScreeningReason[]) => ({
    programmeId: programme.id,
    kind: programme.kind,
    verdict,
    reasons,
  });
  if (refusals.length > 0) return result('not_eligible', refusals);
  const qualifies = qualificationsOf(facts, programme);
  if (!isIncomeTested(programme)) return result('eligible', qualifies);
  const income = incomeTest(facts, programme, guidelines);
  return result(income.verdict, [...qualifies, income.reason]);
}

/** Every term the patient fails, income aside: a programme refused for these needs no income. */
function refusalsOf(facts: ScreeningFacts, programme: Programme): ScreeningReason[] {
  const refusals: ScreeningReason[] = [];
  const uninsured = facts.planType === 'uninsured';
  switch (programme.kind) {
    case 'manufacturer_copay':
      if (GOVERNMENT_PLANS.has(facts.planType))
        refusals.push(
          reason(
            'FEDERAL_PROGRAM_BAR',
            `A ${facts.planType} plan: manufacturer copay help is barred for patients of federal and government programmes`,
            'OIG1',
            'OIG2',
            'CSL1',
            'OCR-T',
          ),
        );
      if (uninsured)
        refusals.push(reason('NOT_INSURED', 'Copay help needs commercial insurance', 'CSL1'));
      break;
    case 'foundation':
      if (uninsured)
        refusals.push(
          reason('NOT_INSURED', 'Foundation funds need insurance for the treatment', 'HWF'),
        );
      if (programme.open === false)
        refusals.push(reason('FUND_CLOSED', 'The fund is closed to new patients', 'HWF'));
      if (!coversDiagnosis(programme, facts.diagnosisCode))
        refusals.push(
          reason(
            'DIAGNOSIS_NOT_COVERED',
            `The fund does not cover diagnosis ${facts.diagnosisCode}`,
            'PAN-F1',
          ),
        );
      break;
    case 'free_drug':
      if (!uninsured)
        refusals.push(
          reason('INSURED', 'Free-drug programmes are for uninsured patients', 'RARE', 'HWF'),
        );
      break;
  }
  if (programme.manufacturer !== undefined && facts.manufacturer === undefined)
    refusals.push(
      reason(
        'NO_PRODUCT',
        'No product is chosen yet; screened again when a pharmacist verifies one',
        ...programme.sources,
      ),
    );
  else if (programme.manufacturer !== undefined && programme.manufacturer !== facts.manufacturer)
    refusals.push(
      reason(
        'OTHER_MANUFACTURER',
        `${facts.productId} is made by ${facts.manufacturer}, not ${programme.manufacturer}`,
        ...programme.sources,
      ),
    );
  return refusals;
}

/** Why a programme takes the patient, income aside. */
function qualificationsOf(facts: ScreeningFacts, programme: Programme): ScreeningReason[] {
  switch (programme.kind) {
    case 'manufacturer_copay':
      return [
        reason(
          'COMMERCIAL_PLAN',
          `A commercial plan, and ${facts.productId} is made by ${facts.manufacturer}`,
          ...programme.sources,
        ),
      ];
    case 'foundation':
      return [
        reason(
          'INSURED',
          `Insured (${facts.planType}; Medicare patients are eligible) and the fund is open`,
          'PAN-F1',
          'HWF',
        ),
      ];
    case 'free_drug':
      return [
        reason(
          'UNINSURED',
          `Uninsured, and ${facts.productId} is made by ${facts.manufacturer}`,
          'RARE',
        ),
      ];
  }
}

function incomeTest(
  facts: ScreeningFacts,
  programme: Programme,
  guidelines: PovertyGuidelines,
): { verdict: ProgrammeVerdict; reason: ScreeningReason } {
  const limit = programme.incomeLimitPercentOfPovertyLevel ?? 0;
  if (!facts.household)
    return {
      verdict: 'needs_financials',
      reason: reason(
        'INCOME_NEEDED',
        'The programme is income-tested; household size and income are not recorded yet',
        ...programme.sources,
      ),
    };
  const percent = percentOfPovertyLevel(guidelines, facts.household, facts.state);
  const within = percent <= limit;
  const text = `Household income is ${percent} % of the ${guidelines.year} federal poverty level; the limit is ${limit} %`;
  return within
    ? { verdict: 'eligible', reason: reason('WITHIN_INCOME_LIMIT', text, ...programme.sources) }
    : { verdict: 'not_eligible', reason: reason('OVER_INCOME_LIMIT', text, ...programme.sources) };
}

function coversDiagnosis(programme: Programme, diagnosisCode: string): boolean {
  const prefixes = programme.diagnosisCodePrefixes;
  return !prefixes || prefixes.some((prefix) => diagnosisCode.startsWith(prefix));
}
