/**
 * A payer's answer to a PAS request, read from a response Bundle, an inquiry response or a
 * notification. The decision comes from each item's X12 306 review action code, never from
 * `ClaimResponse.outcome`.
 */
export type PasAnswer =
  /** The payer adjudicated (or pended) the items. */
  | {
      readonly kind: 'adjudicated';
      /** The Claim identifier the ClaimResponse answers (from its `request` or identifier). */
      readonly claimIdentifier?: string;
      readonly items: readonly PasItemDecision[];
      /** ClaimResponse.preAuthRef, when present. */
      readonly preAuthRef?: string;
      /** ClaimResponse.preAuthPeriod, when present. */
      readonly preAuthPeriod?: PasPeriod;
      /** The ClaimResponse's id or identifier, for the exchange log. */
      readonly responseId?: string;
    }
  /** The payer refused the bundle: an OperationOutcome, or a ClaimResponse with `error`. */
  | { readonly kind: 'error'; readonly errors: readonly PasError[] };

export interface PasItemDecision {
  /** Echoes the request's item sequence. */
  readonly sequence: number;
  /** X12 306 code as sent: A1, A2, A3, A4, A6, or anything else. */
  readonly reviewActionCode: string;
  readonly status: 'certified' | 'partial' | 'denied' | 'pended' | 'modified' | 'unknown';
  /** The authorization number: the review action's `number`, else ClaimResponse.preAuthRef. */
  readonly authorizationNumber?: string;
  /**
   * The payer's administration reference number for the item (REF-BB), e.g. "PEND0001" on a
   * pended item: what a later inquiry or update names the request by [PAS-SPEC spec-50].
   */
  readonly administrationReferenceNumber?: string;
  /** The item's pre-auth period, else ClaimResponse.preAuthPeriod. */
  readonly period?: PasPeriod;
  /** Authorized quantity, from the item's authorized detail or adjudication, when given. */
  readonly authorizedQuantity?: number;
  /** X12 review decision reason codes. */
  readonly reasonCodes: readonly { readonly code: string; readonly display?: string }[];
}

export interface PasPeriod {
  /** YYYY-MM-DD */
  readonly start?: string;
  /** YYYY-MM-DD */
  readonly end?: string;
}

export interface PasError {
  readonly code?: string;
  readonly message: string;
  /** FHIRPath of the problem, when the payer names it. */
  readonly location?: string;
}
