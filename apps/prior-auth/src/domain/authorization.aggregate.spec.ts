import { Authorization, type OpenedRequest } from './authorization.aggregate';
import { AUTHORIZATION_STATUSES, canMove } from './authorization-status';
import { AuthorizationError } from './authorization.errors';
import { type PayerDecision } from './payer-decision';
import { PRIVIGEN_THERAPY } from './requested-therapy.testing';

const therapy = PRIVIGEN_THERAPY;

const at = new Date('2026-11-21T15:41:08Z');
const respondBy = new Date('2026-11-24T15:41:08Z');

function opened(change: Partial<OpenedRequest> = {}): Authorization {
  return Authorization.open({
    id: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    referralId: '5f0c1e2a-8d4b-4c6e-9a7f-2b3c4d5e6f70',
    patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
    payerId: 'acme-health',
    kind: 'initial',
    supersedesId: null,
    plan: { ok: true, therapy },
    createdAt: at,
    ...change,
  });
}

/** A stored request, so each test sees only its own changes. */
function stored(authorization: Authorization): Authorization {
  return Authorization.restore({ ...authorization.snapshot });
}

function submitted(): Authorization {
  const authorization = opened();
  authorization.beginSubmission('11111111-1111-4111-8111-111111111111');
  return stored(authorization);
}

const approved: PayerDecision = {
  kind: 'approved',
  reviewActionCode: 'A1',
  outcome: 'certified',
  authorizationNumber: 'AUTH0001',
  periodStart: '2026-12-07',
  periodEnd: '2027-06-06',
  authorizedUnits: 504,
};
const pended: PayerDecision = { kind: 'pended', reviewActionCode: 'A4' };
const denied: PayerDecision = { kind: 'denied', reviewActionCode: 'A3', reasons: [{ code: 'AA' }] };

function decided(decision: PayerDecision): Authorization {
  const authorization = submitted();
  authorization.applyDecision(decision, at, respondBy);
  return stored(authorization);
}

/** The code of the lifecycle rule `act` broke, if it broke one. */
function refusal(act: () => void): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof AuthorizationError) return error.code;
    throw error;
  }
  return undefined;
}

const kinds = (authorization: Authorization) => authorization.changes.map((change) => change.kind);
const statuses = (authorization: Authorization) =>
  authorization.history.map((change) => change.status);

describe('an authorization request', () => {
  it('opens as requested and announces it', () => {
    const authorization = opened();
    expect([authorization.status, kinds(authorization), statuses(authorization)]).toEqual([
      'requested',
      ['requested'],
      ['requested'],
    ]);
  });

  it('opens straight into needs_review, with the reason, for a payer the directory does not know', () => {
    const authorization = opened({ blocked: 'payer blue-mountain is not in the payer directory' });
    expect(authorization.status).toBe('needs_review');
    expect(authorization.changes).toEqual([
      { kind: 'requested' },
      {
        kind: 'needs-review',
        reason: 'payer blue-mountain is not in the payer directory',
        reviewActionCode: null,
      },
    ]);
  });

  it('announces nothing but needs review when no product could be planned', () => {
    const authorization = opened({
      plan: { ok: false, problem: 'the prescribed product X is not in the catalogue' },
    });
    expect([authorization.status, kinds(authorization)]).toEqual([
      'needs_review',
      ['needs-review'],
    ]);
    expect(
      refusal(() => authorization.beginSubmission('22222222-2222-4222-8222-222222222222')),
    ).toBe('AUTHORIZATION.NOT_READY');
  });

  it('is submitted and approved by one answer, with the approval kept', () => {
    const authorization = submitted();
    authorization.applyDecision(approved, at, respondBy);
    expect([authorization.status, kinds(authorization)]).toEqual([
      'approved',
      ['submitted', 'approved'],
    ]);
    expect(authorization.approval).toEqual({
      outcome: 'certified',
      authorizationNumber: 'AUTH0001',
      periodStart: '2026-12-07',
      periodEnd: '2027-06-06',
      authorizedUnits: 504,
      decidedAt: at,
    });
  });

  it.each([
    ['partial', 'partially_approved'],
    ['modified', 'modified'],
  ] as const)('records a %s approval as %s', (outcome, status) => {
    expect(decided({ ...approved, outcome }).status).toBe(status);
  });

  it('pends with the payer’s turnaround, then takes the decision a notification brings', () => {
    const authorization = decided(pended);
    expect([authorization.status, authorization.snapshot.respondBy]).toEqual(['pended', respondBy]);
    authorization.applyDecision(approved, at, respondBy);
    expect([authorization.status, kinds(authorization)]).toEqual(['approved', ['approved']]);
  });

  it('changes nothing when a pended request is told it is still pended, or told the same decision twice', () => {
    const still = decided(pended);
    still.applyDecision(pended, at, respondBy);
    expect(still.changes).toEqual([]);
    const approvedTwice = decided(approved);
    expect(refusal(() => approvedTwice.applyDecision(approved, at, respondBy))).toBe(
      'AUTHORIZATION.ILLEGAL_TRANSITION',
    );
  });

  it('fails a refused submission, and resubmits it with a corrected member id', () => {
    const failed = submitted();
    failed.applyDecision(
      { kind: 'failed', errors: [{ message: 'unknown member' }] },
      at,
      respondBy,
    );
    expect([failed.status, kinds(failed)]).toEqual(['submission_failed', ['submission-failed']]);
    const again = stored(failed);
    again.beginSubmission('33333333-3333-4333-8333-333333333333', { memberId: 'ACM-883920115' });
    expect([again.status, again.snapshot.memberId, again.snapshot.errors, kinds(again)]).toEqual([
      'requested',
      'ACM-883920115',
      [],
      ['resubmitted'],
    ]);
  });

  it('appeals a denial, and only a denial', () => {
    const denial = decided(denied);
    denial.appeal('Immunology consult documents recurrent pneumonias.');
    expect([denial.status, kinds(denial)]).toEqual(['appealed', ['appealed']]);
    expect(refusal(() => decided(approved).appeal('no'))).toBe('AUTHORIZATION.ILLEGAL_TRANSITION');
  });

  it('refuses to resubmit a request whose submission is still under way', () => {
    expect(refusal(() => submitted().beginSubmission('44444444-4444-4444-8444-444444444444'))).toBe(
      'AUTHORIZATION.ILLEGAL_TRANSITION',
    );
  });

  it('is cancelled while open or approved, never once cancelled or expired', () => {
    const open = submitted();
    open.cancel('Referral cancelled');
    expect([open.status, open.currentSubmissionId]).toEqual(['cancelled', null]);
    const cancelledTwice = stored(open);
    expect(refusal(() => cancelledTwice.cancel(undefined))).toBe(
      'AUTHORIZATION.ILLEGAL_TRANSITION',
    );
  });

  it('notices an approval ending once, then expires it once', () => {
    const authorization = decided(approved);
    authorization.noticeExpiring(at);
    authorization.noticeExpiring(at);
    authorization.expire(at);
    authorization.expire(at);
    expect([authorization.status, kinds(authorization)]).toEqual([
      'expired',
      ['expiring', 'expired'],
    ]);
  });

  it.each([
    ['requested', ['submitted', 'needs_review', 'submission_failed', 'cancelled']],
    ['submission_failed', ['requested', 'cancelled']],
    ['approved', ['cancelled', 'expired']],
    ['denied', ['appealed']],
    ['cancelled', []],
    ['expired', []],
  ] as const)('moves from %s only to %j', (from, successors) => {
    const allowed = AUTHORIZATION_STATUSES.filter((to) => canMove(from, to));
    expect([...allowed].sort()).toEqual([...successors].sort());
  });

  it.each(['pended', 'appealed', 'needs_review'] as const)(
    'lets a later payer answer decide a request that is %s, or send it again',
    (from) => {
      const allowed = AUTHORIZATION_STATUSES.filter((to) => canMove(from, to));
      expect(allowed).toEqual(
        expect.arrayContaining([
          'approved',
          'partially_approved',
          'modified',
          'denied',
          'requested',
          'cancelled',
        ]),
      );
      expect(allowed).not.toContain('submission_failed');
    },
  );
});
