// Every official PAS 2.2.1 answer example (libs/testing/fixtures/pas) read to the decision it
// carries, with the numbers, periods and codes as the fixtures have them.
import { readFixture } from '@infuse/testing';
import type { PasAnswer } from './pas-decision';
import { readClaimResponse } from './read-claim-response';
import { readInquiryResponse } from './read-inquiry-response';
import { readNotificationBundle } from './read-notification-bundle';
import { readOperationOutcome } from './read-operation-outcome';
import { readPayerAnswer } from './read-payer-answer';
import { readResponseBundle } from './read-response-bundle';

const example = (name: string): unknown => readFixture(`pas/${name}.json`);

/** The approved referral, as the IG's approval examples carry it. */
const APPROVED_REFERRAL: PasAnswer = {
  kind: 'adjudicated',
  claimIdentifier: '111099',
  responseId: '111099',
  items: [
    {
      sequence: 1,
      reviewActionCode: 'A1',
      status: 'certified',
      authorizationNumber: 'AUTH0001',
      period: { start: '2005-05-02', end: '2005-06-02' },
      authorizedQuantity: 1,
      reasonCodes: [],
    },
  ],
};

describe('the official PAS answers', () => {
  it('reads the approved referral bundle as certified, AUTH0001, 2005-05-02 to 2005-06-02', () => {
    expect(
      readResponseBundle(example('Bundle-ReferralAuthorizationResponseBundleExample')),
    ).toEqual(APPROVED_REFERRAL);
  });

  it('reads the approving ClaimResponse on its own the same way', () => {
    expect(
      readClaimResponse(example('ClaimResponse-PractitionerRequestorResponseExample')),
    ).toEqual(APPROVED_REFERRAL);
  });

  it('reads the approval with payer-added content by its requested item only', () => {
    const answer = readClaimResponse(
      example('ClaimResponse-PractitionerRequestorAdditionalContentResponseExample'),
    );
    expect(answer).toMatchObject({ kind: 'adjudicated', items: [APPROVED_REFERRAL.items[0]] });
  });

  it('reads the pended bundle as pended with PEND0001, although its outcome says complete', () => {
    const bundle = example('Bundle-ReferralPendingAuthorizationResponseBundleExample');
    expect(readResponseBundle(bundle)).toEqual({
      kind: 'adjudicated',
      claimIdentifier: '111099',
      responseId: '111099',
      items: [
        {
          sequence: 1,
          reviewActionCode: 'A4',
          status: 'pended',
          administrationReferenceNumber: 'PEND0001',
          reasonCodes: [],
        },
      ],
    });
  });

  it('reads the rejection as denied, for the Claim the bundle carries', () => {
    const denied = {
      sequence: 1,
      reviewActionCode: 'A3',
      status: 'denied',
      reasonCodes: [],
    };
    expect(readResponseBundle(example('Bundle-RejectionResponseBundleExample'))).toEqual({
      kind: 'adjudicated',
      claimIdentifier: '111099',
      responseId: '111099',
      items: [denied],
    });
    expect(readClaimResponse(example('ClaimResponse-RejectionResponseExample'))).toMatchObject({
      items: [denied],
    });
  });

  it('reads the error bundle as an error with X12 reject reasons 04 and T4 and where T4 applies', () => {
    expect(readResponseBundle(example('Bundle-ErrorResponseBundleExample'))).toEqual({
      kind: 'error',
      errors: [
        { code: '04', message: 'The payer refused the request: X12 reject reason 04.' },
        {
          code: 'T4',
          message:
            'The payer refused the request: X12 reject reason T4 at X12 2010A-NM103; follow-up action C.',
          location: 'Bundle.entry[1].Organization.name',
        },
      ],
    });
  });

  it('reads the invalid-request OperationOutcome as an error, not a decision', () => {
    expect(readOperationOutcome(example('OperationOutcome-InvalidRequestResponse'))).toEqual({
      kind: 'error',
      errors: [
        { code: 'invalid', message: 'error: The input request is not of the desired format.' },
      ],
    });
  });

  it('reads the $inquire answer, as the operation Parameters and as the bundle alone', () => {
    const matched: PasAnswer = {
      kind: 'adjudicated',
      claimIdentifier: '111099',
      responseId: '111099',
      items: [
        {
          sequence: 1,
          reviewActionCode: 'A1',
          status: 'certified',
          authorizationNumber: 'AUTH0001',
          reasonCodes: [],
        },
      ],
    };
    expect(
      readInquiryResponse(example('Parameters-PASClaimInquiryOperationResponseExample')),
    ).toEqual([matched]);
    expect(readInquiryResponse(example('Bundle-PASClaimInquiryResponseBundleExample'))).toEqual([
      matched,
    ]);
  });

  it('reads the subscription notification: subscription, topic, event 2 and the approval it carries', () => {
    expect(readNotificationBundle(example('Bundle-PASSubscriptionNotification'))).toEqual({
      subscription: 'Subscription/PASSubscriptionExample',
      topic: 'http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic',
      type: 'event-notification',
      events: [
        {
          eventNumber: '2',
          timestamp: '2020-05-29T11:44:33.188-05:00',
          answer: APPROVED_REFERRAL,
        },
      ],
    });
  });

  it('reads each official $submit answer through the one entry point', () => {
    expect(
      readPayerAnswer(200, example('Bundle-ReferralAuthorizationResponseBundleExample')),
    ).toEqual(APPROVED_REFERRAL);
    expect(
      readPayerAnswer(
        200,
        JSON.stringify(example('Bundle-ReferralPendingAuthorizationResponseBundleExample')),
      ),
    ).toMatchObject({ kind: 'adjudicated', items: [{ status: 'pended' }] });
    expect(readPayerAnswer(400, example('OperationOutcome-InvalidRequestResponse'))).toMatchObject({
      kind: 'error',
      errors: [{ code: 'invalid' }],
    });
    expect(readPayerAnswer(200, example('Bundle-ErrorResponseBundleExample'))).toMatchObject({
      kind: 'error',
    });
  });
});

describe('the official PAS 2.0.1 answers, which payers may still send', () => {
  const example201 = (name: string): unknown => readFixture(`pas/v2.0.1/${name}.json`);

  it('reads the 2.0.1 approval and inquiry answer as the 2.2.1 ones', () => {
    expect(
      readResponseBundle(example201('Bundle-ReferralAuthorizationResponseBundleExample')),
    ).toEqual(APPROVED_REFERRAL);
    expect(
      readInquiryResponse(example201('Bundle-PASClaimInquiryResponseBundleExample')),
    ).toMatchObject([
      { kind: 'adjudicated', items: [{ status: 'certified', authorizationNumber: 'AUTH0001' }] },
    ]);
  });

  it("reads the 2.0.1 'error' bundle by what it carries: an A1 approval, not an error", () => {
    // That example bundles the approving ClaimResponse; the decision comes from the content.
    expect(readResponseBundle(example201('Bundle-ErrorResponseBundleExample'))).toEqual(
      APPROVED_REFERRAL,
    );
  });
});
