import type { StatusWords } from '../../../ui/status-badge';
import type { FollowUpKind } from '@infuse/contracts';
import { formatDate, formatDateTime } from '../../../ui/time';
import { missingItemOf, missingItemWords } from '../shared/missing-items';
import type { FollowUpStatus } from './follow-ups.api';

export const FOLLOW_UP_KIND_WORDS: Record<FollowUpKind, string> = {
  missing_documents: 'Missing documents',
  authorization_pended: 'Authorization pended',
  authorization_expiring: 'Authorization expiring',
  next_cycle: 'Next dose',
  trough_igg: 'Trough IgG level',
  hemolysis_labs: 'Hemolysis labs',
  adverse_reaction: 'Adverse reaction',
  missed_visit: 'Missed visit',
  prescription_renewal: 'Prescription renewal',
};

/** A task's status in words; the colour only repeats them. */
export const FOLLOW_UP_STATUS_WORDS: Record<FollowUpStatus, StatusWords> = {
  scheduled: { label: 'Scheduled', color: 'gray' },
  due: { label: 'Due', color: 'yellow' },
  escalated: { label: 'Escalated', color: 'red' },
  completed: { label: 'Completed', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

function valueWords(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (DATE.test(value)) return formatDate(value);
  if (INSTANT.test(value)) return formatDateTime(value);
  return value;
}

const DETAIL_WORDS: Record<string, string> = {
  payerId: 'payer',
  authorizationNumber: 'authorization',
  periodEnd: 'ends',
  nextDoseDate: 'next dose',
  cycle: 'dose',
  visitDate: 'visit',
  code: 'lab',
  administrationDate: 'infusion',
  infusionEndedAt: 'infusion ended',
};

/** What the task's details say, e.g. "missing: BUN result; next dose: Dec 29, 2026". */
export function detailsInWords(details: Record<string, string | number | boolean>): string {
  return Object.entries(details)
    .map(([key, value]) => {
      if (key === 'missing' && typeof value === 'string')
        return `missing ${value
          .split(', ')
          .map((code) => missingItemWords(missingItemOf(code)))
          .join('; ')}`;
      return `${DETAIL_WORDS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase()}: ${valueWords(value)}`;
    })
    .join(' · ');
}
