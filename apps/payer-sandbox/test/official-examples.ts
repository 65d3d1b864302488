import { readFixture } from '@infuse/testing';

/**
 * An official PAS example as the IG publishes it (libs/testing/fixtures/pas; 2.0.1 ones under
 * `v2.0.1/`), parsed; a fresh copy on every call.
 */
export function officialExample<T = Record<string, unknown>>(file: string): T {
  return readFixture<T>(`pas/${file}`);
}

/** Every official `$submit` request Bundle, 2.2.1 and 2.0.1. */
export const OFFICIAL_REQUESTS = [
  'Bundle-HomecareAuthorizationBundleExample.json',
  'Bundle-HomecareAuthorizationUpdateBundleExample.json',
  'Bundle-MedicalServicesAuthorizationBundleExample.json',
  'Bundle-ReferralAuthorizationBundleExample.json',
  'Bundle-SurgicalRequestBundleExample.json',
  'v2.0.1/Bundle-HomecareAuthorizationBundleExample.json',
  'v2.0.1/Bundle-HomecareAuthorizationDifferentialBundleExample.json',
  'v2.0.1/Bundle-HomecareAuthorizationUpdateBundleExample.json',
  'v2.0.1/Bundle-MedicalServicesAuthorizationBundleExample.json',
  'v2.0.1/Bundle-ReferralAuthorizationBundleExample.json',
  'v2.0.1/Bundle-SurgicalRequestBundleExample.json',
];

/** The official examples that are not `$submit` requests, and where the refusal points. */
export const OFFICIAL_NON_REQUESTS: [string, string[]][] = [
  [
    'Bundle-ReferralAuthorizationResponseBundleExample.json',
    ['Bundle.meta.profile', 'Bundle.entry[0].resource'],
  ],
  [
    'Bundle-ReferralPendingAuthorizationResponseBundleExample.json',
    ['Bundle.meta.profile', 'Bundle.entry[0].resource'],
  ],
  [
    'Bundle-RejectionResponseBundleExample.json',
    ['Bundle.meta.profile', 'Bundle.entry[0].resource'],
  ],
  ['Bundle-ErrorResponseBundleExample.json', ['Bundle.meta.profile', 'Bundle.entry[0].resource']],
  [
    'Bundle-PASClaimInquiryBundleExample.json',
    ['Bundle.meta.profile', 'Bundle.entry[0].resource.meta.profile'],
  ],
  [
    'Bundle-PASClaimInquiryResponseBundleExample.json',
    ['Bundle.meta.profile', 'Bundle.entry[0].resource'],
  ],
  [
    'Bundle-PASSubscriptionNotification.json',
    ['Bundle.type', 'Bundle.identifier', 'Bundle.entry[0].resource'],
  ],
  ['Claim-ReferralAuthorizationExample.json', ['Claim']],
  ['Subscription-PASSubscriptionExample.json', ['Subscription']],
];
