import { defineCallKind } from '@infuse/outbound-calls';
import { type CallCause } from './call-cause';

/** A document a submission sends inline, as prior-auth's copy of the referral lists it. */
export interface SubmissionDocument {
  documentId: string;
  type: string;
  title: string;
  contentType: string;
}

/**
 * Reads every document of a referral with its content from referrals, in one request, for a
 * submission that sends them inline; `documents` are the ones the submission sends, in order.
 */
export const FetchReferralDocuments = defineCallKind<
  {
    authorizationId: string;
    submissionId: string;
    documents: SubmissionDocument[];
  } & CallCause
>('prior-auth.fetch-referral-documents');

/** Sends a PAS request bundle (a submission or a cancellation) to the payer's `Claim/$submit`. */
export const SubmitClaim = defineCallKind<
  {
    authorizationId: string;
    submissionId: string;
    purpose: 'submit' | 'cancel';
  } & CallCause
>('prior-auth.submit-claim');

/** Asks the payer about a submitted request: `Claim/$inquire`. */
export const InquireClaim = defineCallKind<
  { authorizationId: string; submissionId: string } & CallCause
>('prior-auth.inquire-claim');

/** Subscribes with a payer for the decisions of pended requests (rest-hook). */
export const SubscribeAtPayer = defineCallKind<{ payerId: string; endpoint: string }>(
  'prior-auth.subscribe-at-payer',
);

export const FHIR_JSON = 'application/fhir+json';
