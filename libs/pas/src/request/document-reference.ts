// A supporting document, content inline (profile-documentreference forbids a url: the payer
// cannot fetch from Infuse, so the bytes travel in the bundle).
import type { DocumentReference } from 'fhir/r4';
import { IDENTIFIER_SYSTEMS, PAS_PROFILES } from '../pas-vocabulary';
import type { BundleResourceId } from './bundle-ids';
import { CLINICAL_NOTE_CATEGORY, DOCUMENT_CODES } from './clinical-codes';
import { concept, referenceTo } from './fhir-datatypes';
import type { PasDocument } from './pas-request-input';

/** The codes a document travels under; an Infuse type without its own becomes a medical record. */
export function documentCodes(type: string): (typeof DOCUMENT_CODES)[string] {
  return DOCUMENT_CODES[type] ?? DOCUMENT_CODES['other']!;
}

export function documentReferenceResource(
  document: PasDocument,
  ids: BundleResourceId,
  patient: string,
): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: ids.id,
    meta: { profile: [PAS_PROFILES.documentReference] },
    identifier: [{ system: IDENTIFIER_SYSTEMS.document, value: document.id }],
    status: 'current',
    type: concept(documentCodes(document.type).type),
    category: [concept(CLINICAL_NOTE_CATEGORY)],
    subject: referenceTo(patient),
    description: document.title,
    content: [
      {
        attachment: {
          contentType: document.contentType,
          data: document.data,
          title: document.title,
        },
      },
    ],
  };
}
