import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { addDays, todayIn } from '@infuse/clinical';
import { readFixture } from '@infuse/testing';

type Json = Record<string, unknown>;

export interface ReferralBody extends Json {
  patient: Json;
  order: Json;
  insurance: Json;
  labs: Json[];
}

/** A date `days` before today in the pharmacy's default time zone. */
export function daysAgo(days: number): string {
  return addDays(todayIn('America/New_York', new Date()), -days);
}

let counter = 0;

/**
 * The complete primary-immunodeficiency referral of the contract fixtures for a patient of its
 * own, addressed to `payerId`, with labs from a week ago and an IgG of `iggMgPerDl`.
 */
export function referralFor(
  payerId: string,
  memberId: string,
  change: (referral: ReferralBody) => void = () => undefined,
): ReferralBody {
  const referral = readFixture<ReferralBody>('referrals/referral-pi-complete.json');
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${randomInt(1000)}`;
  referral.patient['mrn'] = `MRN-E${tag}`;
  referral.patient['lastName'] = `Okafor-${tag}`;
  referral.insurance = { ...referral.insurance, payerId, memberId };
  referral.order['startDate'] = addDays(daysAgo(0), 7);
  for (const lab of referral.labs) lab['collectedOn'] = daysAgo(7);
  change(referral);
  return referral;
}

/** Sets the referral's IgG result (mg/dL). */
export function withIgg(referral: ReferralBody, value: number): void {
  for (const lab of referral.labs) if (lab['code'] === 'IgG') lab['value'] = value;
}

/** The README's example referral, as `npm run -s example:referral` prints it today. */
export function readmeExampleReferral(): ReferralBody {
  const script = join(
    __dirname,
    '..',
    '..',
    '..',
    '..',
    'infra',
    'scripts',
    'example-referral.mjs',
  );
  const printed = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (printed.status !== 0) throw new Error(`example:referral failed: ${printed.stderr}`);
  return JSON.parse(printed.stdout) as ReferralBody;
}
