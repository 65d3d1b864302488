import { type AuthorizationGrant, covers, grantFor } from './authorization-grant';

const grant = (id: string, change: Partial<AuthorizationGrant> = {}): AuthorizationGrant => ({
  authorizationId: id,
  referralId: 'r',
  patientId: 'p',
  payerId: 'acme-health',
  kind: 'initial',
  authorizationNumber: `AUTH-${id}`,
  periodStart: '2026-12-07',
  periodEnd: '2027-06-06',
  hcpcs: 'J1459',
  authorizedUnits: 432,
  decidedAt: '2026-11-21T15:41:08.000Z',
  ...change,
});

describe('the grant a dose is dispensed against', () => {
  it('covers its first and last day, both included', () => {
    expect(covers(grant('a'), '2026-12-07')).toBe(true);
    expect(covers(grant('a'), '2027-06-06')).toBe(true);
    expect(covers(grant('a'), '2027-06-07')).toBe(false);
    expect(covers(grant('a'), '2026-12-06')).toBe(false);
  });

  it("prefers one covering the day with the product's code, then the latest decision", () => {
    const initial = grant('initial');
    const update = grant('update', {
      kind: 'update',
      hcpcs: 'J1569',
      decidedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(grantFor([initial, update], '2026-12-07', 'J1459')).toBe(initial);
    expect(grantFor([initial, update], '2026-12-07', 'J1569')).toBe(update);
    expect(grantFor([initial, update], '2026-12-07', 'J1561')).toBe(update);
  });

  it('falls back to the latest grant when none covers the day, so the check can say why', () => {
    const first = grant('first');
    const renewal = grant('renewal', {
      kind: 'reauthorization',
      periodStart: '2027-06-07',
      periodEnd: '2028-06-06',
      decidedAt: '2027-05-20T10:00:00.000Z',
    });
    expect(grantFor([first, renewal], '2027-06-20')).toBe(renewal);
    expect(grantFor([first, renewal], '2029-01-01')).toBe(renewal);
    expect(grantFor([], '2027-01-01')).toBeUndefined();
  });
});
