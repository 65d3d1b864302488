import { formatDate } from '../../ui/time';

const DAY_MS = 86_400_000;

/**
 * A printed or scanned expiry as YYYY-MM-DD: typed as 2027-11-30 or 20271130, scanned from a GS1
 * barcode's expiry (AI 17, YYMMDD, where day 00 means the month's last day), or a label's month
 * alone (2027-11: its last day). Null when it is no real date.
 */
export function readExpiry(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(?:\(17\))?(\d{2})(\d{2})(\d{2})$/.exec(value))) {
    [year, month, day] = [2000 + Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), 0];
  } else return null;
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day === 0) day = lastDay;
  if (day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface ExpiryCheck {
  /** False when pharmacy would refuse the lot. */
  usable: boolean;
  message: string;
}

/**
 * Pharmacy's release rule (apps/pharmacy/src/domain/release-lots.ts, rule 19): a lot's expiry
 * must fall after the last administration date, a day's margin for an infusion that runs late;
 * a lot already past its expiry is refused outright.
 */
export function checkExpiry(
  expiresOn: string,
  today: string,
  lastAdministration: string,
): ExpiryCheck {
  if (expiresOn < today) return { usable: false, message: `Expired on ${formatDate(expiresOn)}.` };
  if (expiresOn <= lastAdministration)
    return {
      usable: false,
      message: `Expires ${formatDate(expiresOn)}, not after the last infusion day (${formatDate(lastAdministration)}): pharmacy refuses it.`,
    };
  const days = Math.round((Date.parse(expiresOn) - Date.parse(lastAdministration)) / DAY_MS);
  return {
    usable: true,
    message: `In date: expires ${formatDate(expiresOn)}, ${days} day${days === 1 ? '' : 's'} after the last infusion day.`,
  };
}

/** The day a lot left refrigeration cannot be after today (release-lots.ts). */
export function checkRoomTemperatureSince(since: string, today: string): string | null {
  return since > today ? 'Cannot be after today.' : null;
}
