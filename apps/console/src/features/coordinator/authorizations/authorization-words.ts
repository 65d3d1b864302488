import type { StatusWords } from '../../../ui/status-badge';
import type { AuthorizationKind } from '@infuse/contracts';
import type { AuthorizationStatus } from './authorizations.api';

/** A request's status in a coordinator's words; the colour only repeats them. */
export const AUTHORIZATION_STATUS_WORDS: Record<AuthorizationStatus, StatusWords> = {
  requested: { label: 'Being sent to the payer', color: 'blue' },
  submitted: { label: 'With the payer', color: 'blue' },
  pended: { label: 'Pended by the payer', color: 'yellow' },
  approved: { label: 'Approved', color: 'green' },
  partially_approved: { label: 'Approved in part', color: 'teal' },
  modified: { label: 'Approved with changes', color: 'teal' },
  denied: { label: 'Denied', color: 'red' },
  appealed: { label: 'Appealed', color: 'orange' },
  needs_review: { label: 'Needs a coordinator’s review', color: 'orange' },
  submission_failed: { label: 'Submission failed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  expired: { label: 'Expired', color: 'gray' },
};

export const AUTHORIZATION_KIND_WORDS: Record<AuthorizationKind, string> = {
  initial: 'Initial request',
  reauthorization: 'Reauthorization',
  update: 'Update',
};
