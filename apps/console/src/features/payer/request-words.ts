import type { StatusWords } from '../../ui/status-badge';
import type { RequestStatus, ReviewDecisionKind } from './requests.api';

/** A request's status as a reviewer says it; the badge colour only repeats it. */
export const STATUS_WORDS: Record<RequestStatus, StatusWords> = {
  pended: { label: 'Pended', color: 'yellow' },
  approved: { label: 'Approved', color: 'green' },
  partial: { label: 'Approved in part', color: 'teal' },
  modified: { label: 'Modified', color: 'teal' },
  denied: { label: 'Denied', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

/** Each decision's name, also the label of the button that records it. */
export const DECISION_WORDS: Record<ReviewDecisionKind, { label: string; hint: string }> = {
  approve: {
    label: 'Approve',
    hint: 'Certify the request; units and period default to those requested.',
  },
  partial: {
    label: 'Approve in part',
    hint: 'Certify fewer units than requested.',
  },
  deny: { label: 'Deny', hint: 'Not certified; give the X12 review decision reason code.' },
  pend: {
    label: 'Pend for more information',
    hint: 'Keep the request pended; the note says what is missing.',
  },
};

export const DETERMINATION_WORDS: Record<'certify' | 'pend' | 'deny', string> = {
  certify: 'certify',
  pend: 'send to a reviewer',
  deny: 'deny',
};
