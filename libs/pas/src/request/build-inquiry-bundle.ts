// The PAS inquiry Bundle for Claim/$inquire: a query-by-example Claim (profile-claim-inquiry)
// naming the request asked about, with the parties the X12 278 inquiry needs: the requester
// (loop 2000B), the payer (2000A) and the patient by member id (2000C) [PAS-SPEC "Prior
// Authorization Inquiries"], shaped as the IG's inquiry example [PAS-EX].
import type { Bundle, Claim } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, PAS_PROFILES } from '../pas-vocabulary';
import { bundleIdsOf } from './bundle-ids';
import { checkInquiryInput } from './check-request-input';
import { HOME, ITEM_SEQUENCE, payerNumberExtensions } from './claim-item';
import { focalInsurance, preauthorization } from './claim-resource';
import { concept } from './fhir-datatypes';
import {
  coverageResource,
  insurerResource,
  patientResource,
  requestorResource,
} from './party-resources';
import type { PasInquiryInput } from './pas-request-input';
import { entry, submissionBundle } from './submission-bundle';
import { HEALTH_SERVICES_REVIEW, HOME_HEALTH_CARE } from './x12-request-codes';

/** Builds the inquiry Bundle; throws PasInputError naming every field the input lacks. */
export function buildInquiryBundle(input: PasInquiryInput): Bundle {
  checkInquiryInput(input);
  const idOf = bundleIdsOf(input.submissionId);
  const refs = {
    patient: idOf('patient').fullUrl,
    insurer: idOf('insurer').fullUrl,
    requestor: idOf('requestor').fullUrl,
    coverage: idOf('coverage').fullUrl,
  };
  const patient = patientResource(input, idOf('patient'));
  const insurer = insurerResource(input, idOf('insurer'));
  const requestor = requestorResource(input, idOf('requestor'));
  const coverage = coverageResource(input, idOf('coverage'), refs);
  const claim: Claim = {
    resourceType: 'Claim',
    id: idOf('claim').id,
    meta: { profile: [PAS_PROFILES.claimInquiry] },
    // The identifier of the request asked about [PAS-SPEC spec-50].
    identifier: [{ ...input.claimIdentifier }],
    ...preauthorization(refs, input.createdAt),
    insurance: focalInsurance(refs.coverage),
    item: [
      {
        extension: [
          {
            url: PAS_EXTENSIONS.serviceItemRequestType,
            valueCodeableConcept: concept(HEALTH_SERVICES_REVIEW),
          },
          ...payerNumberExtensions(input.item),
        ],
        sequence: ITEM_SEQUENCE,
        category: concept(HOME_HEALTH_CARE),
        productOrService: concept({ system: CODE_SYSTEMS.hcpcs, code: input.item.hcpcs }),
        servicedPeriod: { start: input.item.periodStart, end: input.item.periodEnd },
        locationCodeableConcept: concept(HOME),
      },
    ],
  };
  return submissionBundle(
    PAS_PROFILES.inquiryRequestBundle,
    input,
    [claim, patient, coverage, insurer, requestor].map(entry),
  );
}
