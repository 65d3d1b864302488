import { type PasRequestFacts } from '@infuse/pas';

/** What a reviewer's inbox shows of a request, read from it when it arrives or changes. */
export interface RequestSummary {
  readonly patient: { readonly name: string | null; readonly birthDate: string | null };
  /** The principal ICD-10-CM diagnosis. */
  readonly diagnosis: string | null;
  /** The first item's product or service code (the HCPCS of the drug, for home infusion). */
  readonly productCode: string | null;
  readonly provider: string | null;
}

export function requestSummaryOf(facts: PasRequestFacts): RequestSummary {
  return {
    patient: { name: facts.patient.name ?? null, birthDate: facts.patient.birthDate ?? null },
    diagnosis: facts.diagnoses[0]?.code ?? null,
    productCode: facts.items[0]?.productOrService.code ?? null,
    provider: facts.provider.name ?? null,
  };
}
