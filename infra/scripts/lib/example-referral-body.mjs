// The example referral the README and the demo submit: the contract fixture's patient with
// common variable immunodeficiency and an IgG of 180 mg/dL, for a payer the sandbox plays, with
// dates relative to today so it is complete whenever it is made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const FIXTURE = join(ROOT, 'libs', 'testing', 'fixtures', 'referrals', 'referral-pi-complete.json');
const IGG_MG_PER_DL = 180;
// The plan each payer the sandbox plays stands for (apps/payer-sandbox/config/payers.json).
const PLAN_TYPES = { 'northwind-medicare': 'medicare', 'state-medicaid': 'medicaid' };

// The services' days turn in the pharmacy's time zone (PHARMACY_TIME_ZONE, ASSISTANCE_TIME_ZONE
// and the like, all America/New_York by default), not the machine's: between midnight UTC and
// midnight in New York a UTC date is a day the services have not reached yet.
const PHARMACY_TIME_ZONE = process.env.PHARMACY_TIME_ZONE ?? 'America/New_York';

/** `YYYY-MM-DD`, `days` after today (negative: before), on the pharmacy's calendar. */
export function dayFromToday(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: PHARMACY_TIME_ZONE }).format(
    new Date(),
  );
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The referral, for a patient of its own each time (a second one is not refused as a duplicate),
 * starting in `startInDays`, its labs taken `labsDaysAgo` days ago.
 */
export function exampleReferral({ payer, member, startInDays = 7, labsDaysAgo = 5 }) {
  const referral = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const tag = Date.now().toString(36).toUpperCase();
  referral.patient.mrn = `MRN-${tag}`;
  referral.insurance = {
    ...referral.insurance,
    planType: PLAN_TYPES[payer] ?? 'commercial',
    payerId: payer,
    memberId: member,
  };
  referral.order.startDate = dayFromToday(startInDays);
  for (const lab of referral.labs) {
    lab.collectedOn = dayFromToday(-labsDaysAgo);
    if (lab.code === 'IgG') lab.value = IGG_MG_PER_DL;
  }
  return referral;
}
