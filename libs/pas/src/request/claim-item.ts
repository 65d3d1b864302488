// The Claim's one item: the immunoglobulin J-code over the requested period, in the patient's home.
import type { ClaimItem, Coding, Extension } from 'fhir/r4';
import {
  CODE_SYSTEMS,
  PAS_EXTENSIONS,
  PAS_TEMP_CODES,
  PLACE_OF_SERVICE_HOME,
} from '../pas-vocabulary';
import { SUBCUTANEOUS_MODIFIER } from './clinical-codes';
import { concept, referenceTo } from './fhir-datatypes';
import type { PasRequestInput } from './pas-request-input';
import { HEALTH_SERVICES_REVIEW, HOME_HEALTH_CARE, UNITS_QUANTITY } from './x12-request-codes';

/** Infuse requests one product per Claim, so its item is always sequence 1 [PAS-SPEC spec-39]. */
export const ITEM_SEQUENCE = 1;
/** The Claim's one diagnosis and care-team member. */
export const DIAGNOSIS_SEQUENCE = 1;
export const CARE_TEAM_SEQUENCE = 1;

/** Where every item is delivered: the patient's home (CMS place of service 12). */
export const HOME: Coding = {
  system: CODE_SYSTEMS.placeOfService,
  code: PLACE_OF_SERVICE_HOME,
  display: 'Home',
};

/** The payer's numbers for a request, echoed on an item so it finds its case [PAS-SPEC spec-50]. */
export interface PayerNumbers {
  readonly authorizationNumber?: string;
  readonly administrationReferenceNumber?: string;
}

export interface ItemParts extends PayerNumbers {
  readonly item: PasRequestInput['item'];
  /** X12 1322 certification type of this item. */
  readonly certificationType: Coding;
  readonly planType: PasRequestInput['coverage']['planType'];
  /** fullUrl of the order the item asks for. */
  readonly medicationRequest?: string;
  readonly withCareTeam: boolean;
  readonly informationSequences: readonly number[];
  /** The item differs from the prior Claim's (update) [PAS-SPEC spec-78]. */
  readonly changed?: boolean;
  /** The item is withdrawn (cancellation) [PAS-SPEC spec-76]. */
  readonly cancelled?: boolean;
}

export function claimItem(parts: ItemParts): ClaimItem {
  const { item } = parts;
  const extension: Extension[] = [
    {
      url: PAS_EXTENSIONS.serviceItemRequestType,
      valueCodeableConcept: concept(HEALTH_SERVICES_REVIEW),
    },
    {
      url: PAS_EXTENSIONS.certificationType,
      valueCodeableConcept: concept(parts.certificationType),
    },
    ...payerNumberExtensions(parts),
  ];
  if (parts.medicationRequest)
    extension.push({
      url: PAS_EXTENSIONS.requestedService,
      valueReference: referenceTo(parts.medicationRequest),
    });
  if (parts.changed || parts.cancelled)
    // A newly cancelled item counts as changed [PAS-SPEC spec-79].
    extension.push({ url: PAS_EXTENSIONS.infoChanged, valueCode: PAS_TEMP_CODES.changed });
  // SCIG under Medicare is a DME supply billed with the JB modifier [NOR1][LCD].
  const subcutaneousUnderMedicare = item.medication.route === 'SC' && parts.planType === 'medicare';
  return {
    extension,
    ...(parts.cancelled
      ? { modifierExtension: [{ url: PAS_EXTENSIONS.infoCancelled, valueBoolean: true }] }
      : {}),
    sequence: ITEM_SEQUENCE,
    ...(parts.withCareTeam ? { careTeamSequence: [CARE_TEAM_SEQUENCE] } : {}),
    diagnosisSequence: [DIAGNOSIS_SEQUENCE],
    ...(parts.informationSequences.length > 0
      ? { informationSequence: [...parts.informationSequences] }
      : {}),
    category: concept(HOME_HEALTH_CARE),
    productOrService: concept({ system: CODE_SYSTEMS.hcpcs, code: item.hcpcs }),
    ...(subcutaneousUnderMedicare ? { modifier: [concept(SUBCUTANEOUS_MODIFIER)] } : {}),
    servicedPeriod: { start: item.periodStart, end: item.periodEnd },
    locationCodeableConcept: concept(HOME),
    quantity: { value: item.units, ...UNITS_QUANTITY },
  };
}

/**
 * The payer's numbers as item extensions [PAS-SPEC spec-50]. On the item, never the Claim root:
 * the extensions' context allows only the item (docs/fhir-validation.md §5).
 */
export function payerNumberExtensions(numbers: PayerNumbers): Extension[] {
  return [
    ...(numbers.authorizationNumber
      ? [{ url: PAS_EXTENSIONS.authorizationNumber, valueString: numbers.authorizationNumber }]
      : []),
    ...(numbers.administrationReferenceNumber
      ? [
          {
            url: PAS_EXTENSIONS.administrationReferenceNumber,
            valueString: numbers.administrationReferenceNumber,
          },
        ]
      : []),
  ];
}
