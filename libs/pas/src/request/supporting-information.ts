// The evidence a request carries: each document and each mapped lab becomes a resource in the
// bundle and a Claim.supportingInfo entry pointing at it [PAS-SPEC spec-24], numbered 1, 2, …
// in input order (documents, then labs) so an update keeps the numbers [PAS-SPEC spec-26].
import type { ClaimSupportingInfo, Coding, DocumentReference, Observation } from 'fhir/r4';
import { CODE_SYSTEMS, PAS_EXTENSIONS, PAS_TEMP_CODES } from '../pas-vocabulary';
import type { BundleResourceId, ResourceRole } from './bundle-ids';
import { documentCodes, documentReferenceResource } from './document-reference';
import { concept, referenceTo } from './fhir-datatypes';
import { isMappedLab, labObservationResource } from './lab-observation';
import type { PasRequestInput } from './pas-request-input';
import { ELECTRONICALLY_ONLY, REPORT_TYPES } from './x12-request-codes';

export interface SupportingEntry {
  readonly fullUrl: string;
  readonly resource: DocumentReference | Observation;
  readonly supportingInfo: ClaimSupportingInfo;
}

export function supportingInformation(
  input: Pick<PasRequestInput, 'documents' | 'labs'>,
  idOf: (role: ResourceRole) => BundleResourceId,
  patient: string,
): SupportingEntry[] {
  const documents = input.documents.map((document) => {
    const ids = idOf(`document/${document.id}`);
    return {
      ids,
      resource: documentReferenceResource(document, ids, patient),
      reportType: documentCodes(document.type).reportType,
      description: document.title,
    };
  });
  const labs = input.labs.flatMap((lab, index) => {
    if (!isMappedLab(lab)) return [];
    const ids = idOf(`lab/${index}`);
    return [
      {
        ids,
        resource: labObservationResource(lab, ids, patient),
        reportType: REPORT_TYPES.laboratoryResults,
        description: `${lab.code} ${lab.value} ${lab.unit} collected ${lab.collectedOn}`,
      },
    ];
  });
  return [...documents, ...labs].map((entry, index) => ({
    fullUrl: entry.ids.fullUrl,
    resource: entry.resource,
    supportingInfo: additionalInformation(
      index + 1,
      entry.ids.fullUrl,
      entry.reportType,
      entry.description,
    ),
  }));
}

/**
 * A Claim.supportingInfo entry of the AdditionalInformation slice, which requires the X12 PWK
 * attachment description (extension-documentInformation) besides the reference.
 */
function additionalInformation(
  sequence: number,
  fullUrl: string,
  reportType: Coding,
  description: string,
): ClaimSupportingInfo {
  return {
    extension: [
      {
        url: PAS_EXTENSIONS.documentInformation,
        extension: [
          { url: 'reportTypeCode', valueCodeableConcept: concept(reportType) },
          { url: 'transmissionMethod', valueCodeableConcept: concept(ELECTRONICALLY_ONLY) },
          { url: 'description', valueString: description },
        ],
      },
    ],
    sequence,
    category: concept({
      system: CODE_SYSTEMS.pasTempCodes,
      code: PAS_TEMP_CODES.additionalInformation,
    }),
    valueReference: referenceTo(fullUrl),
  };
}
