// npm run -s example:referral [-- --payer northwind-medicare --member NWM-...]
// Prints the README's example referral: the contract fixture's patient with common variable
// immunodeficiency, an IgG of 180 mg/dL and renal labs from 5 days ago, starting in a week, for
// acme-health unless told otherwise. Dates are relative to today, so it is complete whenever run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/build.mjs';

const FIXTURE = join(ROOT, 'libs', 'testing', 'fixtures', 'referrals', 'referral-pi-complete.json');
const IGG_MG_PER_DL = 180;
// The plan each payer the sandbox plays stands for (apps/payer-sandbox/config/payers.json).
const PLAN_TYPES = { 'northwind-medicare': 'medicare', 'state-medicaid': 'medicaid' };

/** `YYYY-MM-DD`, `days` after today (negative: before), in the machine's time zone. */
function dayFromToday(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const { values } = parseArgs({
  options: {
    payer: { type: 'string', default: 'acme-health' },
    member: { type: 'string', default: 'ACM-883920114' },
  },
  strict: true,
});
const referral = JSON.parse(readFileSync(FIXTURE, 'utf8'));
// A patient of its own each time, so a second run is not refused as a duplicate referral.
referral.patient.mrn = `MRN-${Date.now().toString(36).toUpperCase()}`;
referral.insurance = {
  ...referral.insurance,
  planType: PLAN_TYPES[values.payer] ?? 'commercial',
  payerId: values.payer,
  memberId: values.member,
};
referral.order.startDate = dayFromToday(7);
for (const lab of referral.labs) {
  lab.collectedOn = dayFromToday(-5);
  if (lab.code === 'IgG') lab.value = IGG_MG_PER_DL;
}
process.stdout.write(`${JSON.stringify(referral, null, 2)}\n`);
