// The PAS inquiry Bundle for Claim/$inquire: a query-by-example Claim (profile-claim-inquiry)
// naming the request asked about, with the parties the X12 278 inquiry needs: the requester
// (loop 2000B), the payer (2000A) and the patient by member id (2000C) [PAS-SPEC "Prior
// Authorization Inquiries"], shaped as the IG's inquiry example [PAS-EX].
import type { Bundle, Claim, Extension } from 'fhir/r4';
import {
  CODE_SYSTEMS,
  IDENTIFIER_SYSTEMS,
  PAS_EXTENSIONS,
  PAS_PROFILES,
  PLACE_OF_SERVICE_HOME,
} from '../pas-vocabulary';
import { bundleIdsOf } from './bundle-ids';
import { checkInquiryInput } from './check-request-input';
import { ITEM_SEQUENCE } from './claim-item';
import { concept, referenceTo } from './fhir-datatypes';
import {
  coverageResource,
  insurerResource,
  patientResource,
  requestorResource,
} from './party-resources';
import type { PasInquiryInput } from './pas-request-input';
import { HEALTH_SERVICES_REVIEW, HOME_HEALTH_CARE } from './x12-request-codes';

/** Builds the inquiry Bundle; throws PasInputError naming every field the input lacks. */
export function buildInquiryBundle(input: PasInquiryInput): Bundle {
  checkInquiryInput(input);
  const idOf = bundleIdsOf(input.submissionId);
  const patient = patientResource(input, idOf('patient'));
  const insurer = insurerResource(input, idOf('insurer'));
  const requestor = requestorResource(input, idOf('requestor'));
  const coverage = coverageResource(input, idOf('coverage'), {
    patient: idOf('patient').fullUrl,
    insurer: idOf('insurer').fullUrl,
  });
  const claimIds = idOf('claim');
  const claim: Claim = {
    resourceType: 'Claim',
    id: claimIds.id,
    meta: { profile: [PAS_PROFILES.claimInquiry] },
    // The identifier of the request asked about [PAS-SPEC spec-50].
    identifier: [{ ...input.claimIdentifier }],
    status: 'active',
    type: concept({ system: CODE_SYSTEMS.claimType, code: 'professional' }),
    use: 'preauthorization',
    patient: referenceTo(idOf('patient').fullUrl),
    created: input.createdAt,
    insurer: referenceTo(idOf('insurer').fullUrl),
    provider: referenceTo(idOf('requestor').fullUrl),
    priority: concept({ system: CODE_SYSTEMS.processPriority, code: 'normal' }),
    insurance: [{ sequence: 1, focal: true, coverage: referenceTo(idOf('coverage').fullUrl) }],
    item: [
      {
        extension: inquiryItemExtensions(input.item),
        sequence: ITEM_SEQUENCE,
        category: concept(HOME_HEALTH_CARE),
        productOrService: concept({ system: CODE_SYSTEMS.hcpcs, code: input.item.hcpcs }),
        servicedPeriod: { start: input.item.periodStart, end: input.item.periodEnd },
        locationCodeableConcept: concept({
          system: CODE_SYSTEMS.placeOfService,
          code: PLACE_OF_SERVICE_HOME,
          display: 'Home',
        }),
      },
    ],
  };
  return {
    resourceType: 'Bundle',
    meta: { profile: [PAS_PROFILES.inquiryRequestBundle] },
    identifier: { system: IDENTIFIER_SYSTEMS.submission, value: input.bundleIdentifier },
    type: 'collection',
    timestamp: input.createdAt,
    entry: [claim, patient, coverage, insurer, requestor].map((resource) => ({
      fullUrl: `urn:uuid:${resource.id}`,
      resource,
    })),
  };
}

function inquiryItemExtensions(item: PasInquiryInput['item']): Extension[] {
  const extensions: Extension[] = [
    {
      url: PAS_EXTENSIONS.serviceItemRequestType,
      valueCodeableConcept: concept(HEALTH_SERVICES_REVIEW),
    },
  ];
  if (item.authorizationNumber)
    extensions.push({
      url: PAS_EXTENSIONS.authorizationNumber,
      valueString: item.authorizationNumber,
    });
  if (item.administrationReferenceNumber)
    extensions.push({
      url: PAS_EXTENSIONS.administrationReferenceNumber,
      valueString: item.administrationReferenceNumber,
    });
  return extensions;
}
