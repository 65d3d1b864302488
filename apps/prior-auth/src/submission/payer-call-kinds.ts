import { defineCallKind } from '@infuse/outbound-calls';

/** Reads one document's content from referrals for a submission that sends it inline. */
export const FetchReferralDocument = defineCallKind<{
  authorizationId: string;
  submissionId: string;
  documentId: string;
}>('prior-auth.fetch-referral-document');

/** Sends a PAS request bundle (a submission or a cancellation) to the payer's `Claim/$submit`. */
export const SubmitClaim = defineCallKind<{
  authorizationId: string;
  submissionId: string;
  purpose: 'submit' | 'cancel';
}>('prior-auth.submit-claim');

/** Asks the payer about a submitted request: `Claim/$inquire`. */
export const InquireClaim = defineCallKind<{ authorizationId: string; submissionId: string }>(
  'prior-auth.inquire-claim',
);

/** Subscribes with a payer for the decisions of pended requests (rest-hook). */
export const SubscribeAtPayer = defineCallKind<{ payerId: string; endpoint: string }>(
  'prior-auth.subscribe-at-payer',
);

export const FHIR_JSON = 'application/fhir+json';
