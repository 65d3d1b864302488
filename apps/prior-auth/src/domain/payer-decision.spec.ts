import { type PasAnswer, type PasItemDecision } from '@infuse/pas';
import { decisionOf, type SentItem } from './payer-decision';

const sent: SentItem = { requestedUnits: 504, periodStart: '2026-12-07', periodEnd: '2027-06-06' };

function item(change: Partial<PasItemDecision>): PasItemDecision {
  return { sequence: 1, reviewActionCode: 'A1', status: 'certified', reasonCodes: [], ...change };
}

function answer(
  items: PasItemDecision[],
  extra: Partial<Extract<PasAnswer, { kind: 'adjudicated' }>> = {},
): PasAnswer {
  return { kind: 'adjudicated', items, ...extra };
}

describe('reading a payer’s answer (rule 22)', () => {
  it('approves A1 with the authorization number, period and units the payer gave', () => {
    const decision = decisionOf(
      answer([
        item({
          authorizationNumber: 'AUTH0001',
          period: { start: '2026-12-07', end: '2027-05-31' },
          authorizedQuantity: 432,
        }),
      ]),
      sent,
    );
    expect(decision).toEqual({
      kind: 'approved',
      reviewActionCode: 'A1',
      outcome: 'certified',
      authorizationNumber: 'AUTH0001',
      periodStart: '2026-12-07',
      periodEnd: '2027-05-31',
      authorizedUnits: 432,
    });
  });

  it('takes what was asked for when an A1 leaves units and period implied, and preAuthRef for the number', () => {
    expect(decisionOf(answer([item({})], { preAuthRef: 'PA-77' }), sent)).toMatchObject({
      kind: 'approved',
      authorizationNumber: 'PA-77',
      periodStart: '2026-12-07',
      periodEnd: '2027-06-06',
      authorizedUnits: 504,
    });
  });

  it.each([
    ['A2', 'partial', 'partial'],
    ['A6', 'modified', 'modified'],
  ] as const)('approves %s as %s with what was authorized', (code, status, outcome) => {
    expect(
      decisionOf(
        answer([
          item({
            reviewActionCode: code,
            status,
            authorizationNumber: 'AUTH9',
            authorizedQuantity: 288,
          }),
        ]),
        sent,
      ),
    ).toMatchObject({ kind: 'approved', outcome, authorizedUnits: 288, reviewActionCode: code });
  });

  it('sends a partial approval that does not say how many units to a coordinator', () => {
    expect(
      decisionOf(
        answer([item({ reviewActionCode: 'A2', status: 'partial', authorizationNumber: 'AUTH9' })]),
        sent,
      ),
    ).toEqual({
      kind: 'needs-review',
      reviewActionCode: 'A2',
      reason: 'the payer approved in part without saying how many units',
    });
  });

  it('denies A3 with its reason codes', () => {
    expect(
      decisionOf(
        answer([
          item({
            reviewActionCode: 'A3',
            status: 'denied',
            reasonCodes: [{ code: 'AA', display: 'Authorization/access restrictions' }],
          }),
        ]),
        sent,
      ),
    ).toEqual({
      kind: 'denied',
      reviewActionCode: 'A3',
      reasons: [{ code: 'AA', display: 'Authorization/access restrictions' }],
    });
  });

  it('pends A4', () => {
    expect(decisionOf(answer([item({ reviewActionCode: 'A4', status: 'pended' })]), sent)).toEqual({
      kind: 'pended',
      reviewActionCode: 'A4',
    });
  });

  it.each([
    [
      'a review action it does not act on',
      [item({ reviewActionCode: 'CT', status: 'unknown' })],
      'CT',
      'the payer answered with review action CT',
    ],
    [
      'an item that was not sent',
      [item({}), item({ sequence: 2 })],
      'A1',
      'the payer answered for item 2, which was not sent',
    ],
    [
      'no decision on the item sent',
      [],
      null,
      'the payer answered without a decision on the item sent',
    ],
    [
      'an approval without a number',
      [item({})],
      'A1',
      'the payer approved without an authorization number',
    ],
    [
      'a fractional quantity',
      [item({ authorizationNumber: 'A', authorizedQuantity: 1.5 })],
      'A1',
      'the payer authorized 1.5 units',
    ],
    [
      'a period ending before it starts',
      [item({ authorizationNumber: 'A', period: { start: '2027-01-01', end: '2026-12-31' } })],
      'A1',
      'the payer authorized a period ending before it starts',
    ],
  ])('sends %s to a coordinator', (_case, items, reviewActionCode, reason) => {
    expect(decisionOf(answer(items), sent)).toEqual({
      kind: 'needs-review',
      reviewActionCode,
      reason,
    });
  });

  it('fails the submission when the payer refused the bundle, keeping every error', () => {
    const errors = [
      {
        code: 'invalid',
        message: 'Coverage.subscriberId: unknown member',
        location: 'Coverage.subscriberId',
      },
    ];
    expect(decisionOf({ kind: 'error', errors }, sent)).toEqual({ kind: 'failed', errors });
    expect(decisionOf({ kind: 'error', errors: [] }, sent)).toEqual({
      kind: 'failed',
      errors: [{ message: 'The payer refused the request without saying why.' }],
    });
  });
});
