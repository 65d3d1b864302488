import { readFixture } from '@infuse/testing';

type Json = Record<string, unknown>;

export interface ReferralBody extends Json {
  patient: Json;
  prescriber: Json;
  order: Json;
  insurance: Json;
  labs: Json[];
  documents: Json[];
}

/** A fresh copy of the complete PI referral from the contract fixtures, to change per test. */
export function completeReferral(): ReferralBody {
  return readFixture<ReferralBody>('referrals/referral-pi-complete.json');
}
