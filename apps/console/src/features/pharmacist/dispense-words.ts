import type { StatusWords } from '../../ui/status-badge';
import type { DispenseStatus, FindingSeverity } from './dispenses.api';

/** A dose's status as the pharmacist's next step says it; the colour only repeats it. */
export const STATUS_WORDS: Record<DispenseStatus, StatusWords> = {
  awaiting_verification: { label: 'Awaiting verification', color: 'yellow' },
  verified: { label: 'Awaiting release', color: 'blue' },
  released: { label: 'Released, to ship', color: 'teal' },
  shipped: { label: 'Shipped', color: 'cyan' },
  delivered: { label: 'Delivered', color: 'green' },
  reopened: { label: 'Reopened for a replacement', color: 'orange' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export const SEVERITY_WORDS: Record<FindingSeverity, StatusWords> = {
  stop: { label: 'Stop', color: 'red' },
  warn: { label: 'Warning', color: 'orange' },
  info: { label: 'Note', color: 'gray' },
};

export function patientName(patient: { firstName: string; lastName: string }): string {
  return `${patient.firstName} ${patient.lastName}`;
}

/** `1 × 20 g + 1 × 10 g`, largest vial first as the worksheet lists them. */
export function vialWords(vials: readonly { grams: number; count: number }[]): string {
  return vials.map((vial) => `${vial.count} × ${vial.grams} g`).join(' + ');
}
