import type { DocumentType, LabCode } from '@infuse/contracts';
import { DOCUMENT_TYPE_WORDS, isOneOf, LAB_WORDS } from './referral-words';

/**
 * One item intake found missing, read from its stable code (referral-completeness.ts):
 * `document:<type>`, `lab:<code>`, or `lab:<code>:stale` for a renal lab collected too long
 * before the referral. A code this console does not know is shown as it is.
 */
export type MissingItem =
  | { kind: 'document'; code: string; type: DocumentType }
  | { kind: 'lab'; code: string; lab: LabCode; stale: boolean }
  | { kind: 'other'; code: string };

export function missingItemOf(code: string): MissingItem {
  const [kind, name = '', qualifier] = code.split(':');
  if (kind === 'document' && isOneOf(DOCUMENT_TYPE_WORDS, name) && qualifier === undefined)
    return { kind: 'document', code, type: name };
  if (
    kind === 'lab' &&
    isOneOf(LAB_WORDS, name) &&
    (qualifier === undefined || qualifier === 'stale')
  )
    return { kind: 'lab', code, lab: name, stale: qualifier === 'stale' };
  return { kind: 'other', code };
}

/** What is missing, in a coordinator's words, e.g. "A recent creatinine result". */
export function missingItemWords(item: MissingItem): string {
  switch (item.kind) {
    case 'document':
      return `${DOCUMENT_TYPE_WORDS[item.type]} (document)`;
    case 'lab':
      return item.stale
        ? `A recent ${LAB_WORDS[item.lab].label} result (the one on file is too old)`
        : `${LAB_WORDS[item.lab].label} result`;
    case 'other':
      return item.code;
  }
}
