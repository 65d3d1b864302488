/**
 * What prior-auth knows about one authorization request, in its own terms; the builder turns it
 * into a PAS 2.2.1 request Bundle. Dates are `YYYY-MM-DD`, instants ISO 8601 with an offset.
 */
export interface PasRequestInput {
  /** Why this Claim is sent: X12 1322 certification type I, R, S, or 3 (cancel). */
  readonly certification: 'initial' | 'reauthorization' | 'update' | 'cancel';
  /**
   * The Claim's identifier (the payer de-duplicates on it): the same for every submission of one
   * request, a new one for a new request.
   */
  readonly claimIdentifier: { readonly system: string; readonly value: string };
  /** The Bundle's own identifier, new for each submission. */
  readonly bundleIdentifier: string;
  /** Seeds the `urn:uuid:` fullUrls, so they are unique across submissions. A UUID. */
  readonly submissionId: string;
  readonly createdAt: string;
  /** The dispensing pharmacy: Claim.provider. */
  readonly pharmacy: {
    readonly name: string;
    readonly npi: string;
    readonly phone?: string;
    readonly address?: PasAddress;
  };
  /** Claim.insurer. */
  readonly payer: { readonly id: string; readonly name: string };
  readonly patient: {
    readonly id: string;
    readonly mrn?: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly dateOfBirth: string;
    readonly sex: 'female' | 'male' | 'other' | 'unknown';
    readonly address?: PasAddress;
    readonly phone?: string;
  };
  readonly coverage: {
    readonly memberId: string;
    readonly groupNumber?: string;
    readonly planType: 'commercial' | 'medicare' | 'medicaid' | 'other';
  };
  readonly prescriber: {
    readonly npi: string;
    readonly firstName: string;
    readonly lastName: string;
    readonly phone?: string;
  };
  /** ICD-10-CM code, e.g. D83.9. */
  readonly diagnosisCode: string;
  /** The one item: the product over the requested period. Its sequence is 1. */
  readonly item: {
    readonly hcpcs: string;
    /** Billing units for the whole period (IVIG 500 mg, SCIG 100 mg). */
    readonly units: number;
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly medication: {
      /** Brand name, e.g. Privigen. */
      readonly productName: string;
      readonly route: 'IV' | 'SC';
      readonly doseGramsPerKg: number;
      /** Grams of one dose (all its infusion days). */
      readonly doseGrams: number;
      readonly infusionDays: number;
      readonly intervalDays: number;
      readonly startDate: string;
    };
  };
  /** Documents with their content, which the PAS profile requires inline. */
  readonly documents: readonly PasDocument[];
  /** Labs that matter to payers: IgG trough and renal function. */
  readonly labs: readonly PasLab[];
  /**
   * For certification 'update' and 'cancel' (required then): the Claim this one updates, as it
   * was sent. PAS puts it in the bundle, referenced from Claim.related [PAS-SPEC spec-72].
   */
  readonly priorClaim?: PasPriorClaim;
}

/** The previously submitted Claim an update or a cancellation refers to. */
export interface PasPriorClaim {
  /** Its Claim identifier as sent; an update carries a new one of its own. */
  readonly claimIdentifier: { readonly system: string; readonly value: string };
  readonly createdAt: string;
  readonly certification: PasRequestInput['certification'];
  /** Its one item as sent. */
  readonly item: PasRequestInput['item'];
  /** When the prior Claim was itself an update: the identifier of the Claim it updated. */
  readonly updatedClaimIdentifier?: { readonly system: string; readonly value: string };
  /** The payer's authorization number for the prior request (REF-NT), when it gave one. */
  readonly authorizationNumber?: string;
  /** The payer's administration reference number (REF-BB), e.g. from a pended answer. */
  readonly administrationReferenceNumber?: string;
}

export interface PasAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state: string;
  readonly postalCode: string;
}

export interface PasDocument {
  readonly id: string;
  /** Infuse's document type, e.g. prescription, clinical_notes, lab_report. */
  readonly type: string;
  readonly title: string;
  readonly contentType: string;
  /** The content, base64. */
  readonly data: string;
}

export interface PasLab {
  /** Infuse's lab code: IgG, IgA, BUN, creatinine, eGFR… */
  readonly code: string;
  readonly value: number;
  readonly unit: string;
  readonly collectedOn: string;
}

/** An inquiry about a submitted request ($inquire). */
export interface PasInquiryInput {
  readonly claimIdentifier: { readonly system: string; readonly value: string };
  readonly bundleIdentifier: string;
  readonly submissionId: string;
  readonly createdAt: string;
  readonly pharmacy: PasRequestInput['pharmacy'];
  readonly payer: PasRequestInput['payer'];
  readonly patient: PasRequestInput['patient'];
  readonly coverage: PasRequestInput['coverage'];
  readonly item: {
    readonly hcpcs: string;
    readonly periodStart: string;
    readonly periodEnd: string;
    /** The payer's authorization number (REF-NT), when known [PAS-SPEC spec-50]. */
    readonly authorizationNumber?: string;
    /** The payer's administration reference number (REF-BB), e.g. from a pended answer. */
    readonly administrationReferenceNumber?: string;
  };
}
