import { dayFromToday, exampleReferral } from '../scripts/lib/example-referral-body.mjs';

/** `YYYY-MM-DD`, `days` after today. */
export const today = (days = 0) => dayFromToday(days);

// A member id in northwind-medicare's format (apps/payer-sandbox/config/payers.json).
const MEMBERS = { 'northwind-medicare': 'NW4TE5MK72', 'acme-health': 'ACM-883920114' };

/**
 * The README's example referral for `payer`, starting today (so the nurse's visit is today), with
 * a creatinine from two months ago, which intake finds stale, and a surname of its own, so the
 * payer's reviewer finds it in the inbox.
 */
export function demoReferral(payer) {
  const referral = exampleReferral({ payer, member: MEMBERS[payer], startInDays: 0 });
  referral.patient.lastName = `Demo-${Date.now().toString(36)}`;
  for (const lab of referral.labs) if (lab.code === 'creatinine') lab.collectedOn = today(-60);
  return referral;
}
