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

/** `YYYY-MM-DD`, `days` after today (negative: before), in the machine's time zone. */
export function dayFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
