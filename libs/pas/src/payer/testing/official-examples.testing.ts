// Test data only: the official PAS examples (fixtures/README.md), by what they are.
import homecare from '../fixtures/Bundle-HomecareAuthorizationBundleExample.json';
import homecareUpdate from '../fixtures/Bundle-HomecareAuthorizationUpdateBundleExample.json';
import medicalServices from '../fixtures/Bundle-MedicalServicesAuthorizationBundleExample.json';
import referral from '../fixtures/Bundle-ReferralAuthorizationBundleExample.json';
import surgical from '../fixtures/Bundle-SurgicalRequestBundleExample.json';
import errorResponse from '../fixtures/Bundle-ErrorResponseBundleExample.json';
import inquiry from '../fixtures/Bundle-PASClaimInquiryBundleExample.json';
import inquiryResponse from '../fixtures/Bundle-PASClaimInquiryResponseBundleExample.json';
import notification from '../fixtures/Bundle-PASSubscriptionNotification.json';
import approved from '../fixtures/Bundle-ReferralAuthorizationResponseBundleExample.json';
import pended from '../fixtures/Bundle-ReferralPendingAuthorizationResponseBundleExample.json';
import rejection from '../fixtures/Bundle-RejectionResponseBundleExample.json';
import bareClaim from '../fixtures/Claim-ReferralAuthorizationExample.json';
import subscription from '../fixtures/Subscription-PASSubscriptionExample.json';
import homecare201 from '../fixtures/v2.0.1/Bundle-HomecareAuthorizationBundleExample.json';
import differential201 from '../fixtures/v2.0.1/Bundle-HomecareAuthorizationDifferentialBundleExample.json';
import homecareUpdate201 from '../fixtures/v2.0.1/Bundle-HomecareAuthorizationUpdateBundleExample.json';
import medicalServices201 from '../fixtures/v2.0.1/Bundle-MedicalServicesAuthorizationBundleExample.json';
import referral201 from '../fixtures/v2.0.1/Bundle-ReferralAuthorizationBundleExample.json';
import surgical201 from '../fixtures/v2.0.1/Bundle-SurgicalRequestBundleExample.json';
import errorResponse201 from '../fixtures/v2.0.1/Bundle-ErrorResponseBundleExample.json';
import inquiry201 from '../fixtures/v2.0.1/Bundle-PASClaimInquiryBundleExample.json';
import inquiryResponse201 from '../fixtures/v2.0.1/Bundle-PASClaimInquiryResponseBundleExample.json';
import approved201 from '../fixtures/v2.0.1/Bundle-ReferralAuthorizationResponseBundleExample.json';

const copy = (value: unknown): unknown => structuredClone(value);

/** Every official `$submit` request Bundle, 2.2.1 and 2.0.1, fresh copies. */
export function officialRequestBundles(): [string, unknown][] {
  return Object.entries({
    'Homecare (2.2.1)': homecare,
    'Homecare update (2.2.1)': homecareUpdate,
    'MedicalServices (2.2.1)': medicalServices,
    'Referral (2.2.1)': referral,
    'Surgical (2.2.1)': surgical,
    'Homecare (2.0.1)': homecare201,
    'Homecare differential (2.0.1)': differential201,
    'Homecare update (2.0.1)': homecareUpdate201,
    'MedicalServices (2.0.1)': medicalServices201,
    'Referral (2.0.1)': referral201,
    'Surgical (2.0.1)': surgical201,
  }).map(([name, bundle]) => [name, copy(bundle)]);
}

/** The official examples that are not `$submit` requests, with the FHIRPaths refusing them. */
export function officialNonRequests(): [string, unknown, string[]][] {
  const response = ['Bundle.meta.profile', 'Bundle.entry[0].resource'];
  return [
    ['the approved response Bundle', approved, response],
    ['the pended response Bundle', pended, response],
    ['the rejection response Bundle', rejection, response],
    ['the error response Bundle', errorResponse, response],
    [
      'the 2.0.1 approved response Bundle',
      approved201,
      ['Bundle.meta.profile', 'Bundle.identifier', 'Bundle.entry[0].resource'],
    ],
    [
      'the 2.0.1 error response Bundle',
      errorResponse201,
      ['Bundle.meta.profile', 'Bundle.identifier', 'Bundle.entry[0].resource'],
    ],
    [
      'the inquiry Bundle',
      inquiry,
      ['Bundle.meta.profile', 'Bundle.entry[0].resource.meta.profile'],
    ],
    [
      'the 2.0.1 inquiry Bundle',
      inquiry201,
      ['Bundle.meta.profile', 'Bundle.entry[0].resource.meta.profile'],
    ],
    ['the inquiry response Bundle', inquiryResponse, response],
    ['the 2.0.1 inquiry response Bundle', inquiryResponse201, response],
    [
      'the subscription notification',
      notification,
      ['Bundle.type', 'Bundle.identifier', 'Bundle.entry[0].resource'],
    ],
    ['a bare Claim', bareClaim, ['Claim']],
    ['a Subscription', subscription, ['Subscription']],
  ].map(([name, body, expressions]) => [name as string, copy(body), expressions as string[]]);
}

export const officialInquiry = (): unknown => copy(inquiry);
export const officialInquiry201 = (): unknown => copy(inquiry201);
export const officialReferral = (): unknown => copy(referral);
export const officialHomecare = (): unknown => copy(homecare);
export const officialHomecareUpdate = (): unknown => copy(homecareUpdate);
export const officialSurgical = (): unknown => copy(surgical);
export const officialSubscription = (): unknown => copy(subscription);
export const officialNotification = (): unknown => copy(notification);
