import { randomInt } from 'node:crypto';
import { readFixture } from '@infuse/testing';
import { addDays, todayIn } from '@infuse/clinical';

type Json = Record<string, unknown>;

export interface ReferralBody extends Json {
  patient: Json;
  prescriber: Json;
  order: Json;
  insurance: Json;
  labs: Json[];
  documents: Json[];
}

/** A fresh copy of the complete PI referral from the contract fixtures, exactly as written. */
export function completeReferral(): ReferralBody {
  return readFixture<ReferralBody>('referrals/referral-pi-complete.json');
}

/** Today, and days before it, in the pharmacy's default time zone (the service's setting). */
export function daysAgo(days: number): string {
  return addDays(todayIn('America/New_York', new Date()), -days);
}

let counter = 0;

/**
 * The complete fixture for a patient of its own (a new MRN and name), with labs collected a
 * week ago, so each test's referral is complete today and never a duplicate of another's.
 */
export function referralForNewPatient(
  change: (referral: ReferralBody) => void = () => undefined,
): ReferralBody {
  const referral = completeReferral();
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${randomInt(1000)}`;
  referral.patient['mrn'] = `MRN-T${tag}`;
  referral.patient['lastName'] = `Okafor-${tag}`;
  for (const lab of referral.labs) lab['collectedOn'] = daysAgo(7);
  change(referral);
  return referral;
}

export function withoutLab(referral: ReferralBody, code: string): void {
  referral.labs = referral.labs.filter((lab) => lab['code'] !== code);
}

export function withoutDocument(referral: ReferralBody, type: string): void {
  referral.documents = referral.documents.filter((document) => document['type'] !== type);
}
