/** An X12 886 review decision reason: why an item was not certified [PAS-CR]. */
export interface ReasonCode {
  readonly code: string;
  readonly display?: string;
}

/**
 * How a payer adjudicates a request before any reviewer sees it; each payer of the sandbox names
 * one in its configuration, with the numbers that are its policy.
 */
export type PayerRule =
  /** Every request goes to a reviewer. */
  | { readonly kind: 'pend-all' }
  /**
   * Commercial PI criteria [MMO][PH2]: a primary immunodeficiency diagnosis, an IgG below the
   * threshold, and BUN and creatinine recent enough; anything else goes to a reviewer.
   */
  | {
      readonly kind: 'primary-immunodeficiency';
      /** [MMO]: IgG < 200 mg/dL. */
      readonly maxIgGMgPerDl: number;
      /** [PH2][MMO]: baseline BUN/SCr within 30 days. */
      readonly renalLabsMaxAgeDays: number;
    }
  /** A labelled indication of the product is certified, any other diagnosis denied. */
  | { readonly kind: 'labelled-indication'; readonly offLabelReason: ReasonCode };

/** What a rule decides, with the reasons a reviewer reads. */
export type Determination =
  | { readonly outcome: 'certify'; readonly reasons: readonly string[] }
  | { readonly outcome: 'pend'; readonly reasons: readonly string[] }
  | {
      readonly outcome: 'deny';
      readonly reasonCode: ReasonCode;
      readonly reasons: readonly string[];
    };
