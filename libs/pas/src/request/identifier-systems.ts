// Identifier namespaces Infuse mints for what it sends to payers. URNs, because Infuse publishes
// no web address for them; a payer only needs them to be stable and distinct.
// TODO(pas-vocabulary): move beside CODE_SYSTEMS if the payer sandbox comes to read them.

const INFUSE = 'urn:infuse:sid';

export const IDENTIFIER_SYSTEMS = {
  /** Bundle.identifier: one per submission. */
  submission: `${INFUSE}:pas-submission`,
  /** Infuse's patient id. */
  patient: `${INFUSE}:patient`,
  /** The pharmacy's medical record number. */
  mrn: `${INFUSE}:mrn`,
  /** Infuse's id of a stored document. */
  document: `${INFUSE}:document`,
  /** Infuse's id of a payer (Organization.identifier, PI slice). */
  payer: `${INFUSE}:payer`,
} as const;

/** A payer's member ids are unique only within that payer, so the payer names the namespace. */
export function memberIdSystem(payerId: string): string {
  return `${INFUSE}:payer:${encodeURIComponent(payerId)}:member-id`;
}
