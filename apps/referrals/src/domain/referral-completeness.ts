import { type DatedLab, daysBetween, type IsoDate } from '@infuse/clinical';
import { type DocumentType, type LabCode, type PlanType } from '@infuse/contracts';

/** What intake needs to judge a referral complete: the settings come from the intake config. */
export interface CompletenessRules {
  /** BUN and creatinine older than this at submission are stale: 30 days [PH2][MMO]. */
  renalLabMaxAgeDays: number;
}

export interface ReferralContents {
  diagnosis: { isPrimaryImmunodeficiency: boolean; isCidpOrMmn: boolean };
  planType: PlanType;
  /** A patient starting immunoglobulin; false for a transfer of ongoing therapy. */
  newStart: boolean;
  /** The calendar day the referral was submitted, in the pharmacy's time zone. */
  submittedOn: IsoDate;
  documentTypes: readonly DocumentType[];
  labs: readonly DatedLab[];
}

/** Every referral needs these documents; the insurance card only when there is insurance. */
const ALWAYS_REQUIRED_DOCUMENTS: readonly DocumentType[] = [
  'prescription',
  'clinical_notes',
  'lab_report',
];
const RENAL_LABS: readonly LabCode[] = ['BUN', 'creatinine'];

/**
 * The stable codes of what is still missing: `document:<type>`, `lab:<code>`, and
 * `lab:<code>:stale` for renal labs collected too long before submission. Empty means complete.
 */
export function missingItems(contents: ReferralContents, rules: CompletenessRules): string[] {
  return [...missingDocuments(contents), ...missingLabs(contents, rules)];
}

function missingDocuments(contents: ReferralContents): string[] {
  const required = [...ALWAYS_REQUIRED_DOCUMENTS];
  if (contents.planType !== 'uninsured') required.push('insurance_card');
  // Payers ask for electrodiagnostic evidence for CIDP and MMN [MMO].
  if (contents.diagnosis.isCidpOrMmn) required.push('nerve_study');
  return required
    .filter((type) => !contents.documentTypes.includes(type))
    .map((type) => `document:${type}`);
}

function missingLabs(contents: ReferralContents, rules: CompletenessRules): string[] {
  const missing: string[] = [];
  // BUN and creatinine before the first IVIG [GMX5]; within 30 days of the request [PH2].
  for (const code of RENAL_LABS) {
    const latest = latestCollection(contents, code);
    if (!latest) missing.push(`lab:${code}`);
    else if (daysBetween(latest, contents.submittedOn) > rules.renalLabMaxAgeDays)
      missing.push(`lab:${code}:stale`);
  }
  // Primary immunodeficiency is judged on the IgG level [MMO].
  if (contents.diagnosis.isPrimaryImmunodeficiency && !latestCollection(contents, 'IgG'))
    missing.push('lab:IgG');
  // Serum IgA before the first infusion [GBS].
  if (contents.newStart && !latestCollection(contents, 'IgA')) missing.push('lab:IgA');
  return missing;
}

function latestCollection(contents: ReferralContents, code: LabCode): IsoDate | undefined {
  return contents.labs
    .filter((lab) => lab.code === code)
    .map((lab) => lab.collectedOn)
    .sort()
    .at(-1);
}
