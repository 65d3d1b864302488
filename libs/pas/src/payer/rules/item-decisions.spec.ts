import { type RequestedItem } from '../facts/item-facts';
import { decideItems } from './item-decisions';
import { requestStatusOf } from './request-status';

const TERMS = { validityMonths: 6, today: '2026-03-02' };
const item = (overrides: Partial<RequestedItem> = {}): RequestedItem => ({
  sequence: 1,
  productOrService: { code: 'J1459' },
  quantity: 48,
  period: { start: '2026-03-05', end: '2026-08-31' },
  cancelled: false,
  ...overrides,
});

describe('decideItems', () => {
  it('certifies the requested units and period in total (A1)', () => {
    expect(decideItems([item()], { kind: 'certify' }, TERMS)).toEqual([
      {
        sequence: 1,
        productOrService: { code: 'J1459' },
        requestedPeriod: { start: '2026-03-05', end: '2026-08-31' },
        reviewAction: 'A1',
        period: { start: '2026-03-05', end: '2026-08-31' },
        quantity: 48,
      },
    ]);
  });

  it('shortens a period longer than the validity and says it modified the item (A6)', () => {
    const [decision] = decideItems(
      [item({ period: { start: '2026-03-05', end: '2027-03-04' } })],
      { kind: 'certify' },
      TERMS,
    );
    expect(decision).toMatchObject({
      reviewAction: 'A6',
      period: { start: '2026-03-05', end: '2026-09-04' },
    });
  });

  it('authorizes the validity from today when the request gives no period', () => {
    const [decision] = decideItems([item({ period: undefined })], { kind: 'certify' }, TERMS);
    expect(decision).toMatchObject({
      reviewAction: 'A1',
      period: { start: '2026-03-02', end: '2026-09-01' },
    });
  });

  it("takes a reviewer's units and period, modified when they differ (A6)", () => {
    const period = { start: '2026-03-05', end: '2026-05-31' };
    expect(decideItems([item()], { kind: 'certify', units: 24, period }, TERMS)[0]).toMatchObject({
      reviewAction: 'A6',
      quantity: 24,
      period,
    });
    expect(decideItems([item()], { kind: 'certify', units: 48 }, TERMS)[0]?.reviewAction).toBe(
      'A1',
    );
  });

  it('certifies part of the units (A2)', () => {
    expect(decideItems([item()], { kind: 'partial', units: 24 }, TERMS)[0]).toMatchObject({
      reviewAction: 'A2',
      quantity: 24,
      period: { start: '2026-03-05', end: '2026-08-31' },
    });
  });

  it('denies with the reason (A3) and pends (A4) without authorizing anything', () => {
    const reasonCode = { code: 'OL' };
    const [denied] = decideItems([item()], { kind: 'deny', reasonCode }, TERMS);
    const [pended] = decideItems([item()], { kind: 'pend' }, TERMS);
    expect(denied).toMatchObject({ reviewAction: 'A3', reasonCode });
    expect(denied?.period).toBeUndefined();
    expect(pended).toMatchObject({ reviewAction: 'A4' });
    expect(pended?.quantity).toBeUndefined();
  });

  it('answers a cancelled item cancelled, whatever the verdict', () => {
    const decisions = decideItems(
      [item(), item({ sequence: 2, cancelled: true })],
      { kind: 'certify' },
      TERMS,
    );
    expect(decisions.map((decision) => decision.reviewAction)).toEqual(['A1', 'C']);
  });
});

describe('requestStatusOf', () => {
  const decided = (...actions: string[]) =>
    actions.map((reviewAction, index) => ({
      sequence: index + 1,
      productOrService: {},
      reviewAction,
    }));

  it.each([
    [['A1'], 'approved'],
    [['A1', 'C'], 'approved'],
    [['A2'], 'partial'],
    [['A6'], 'modified'],
    [['A3'], 'denied'],
    [['A4', 'A1'], 'pended'],
    [['A1', 'A3'], 'partial'],
    [['C', 'C'], 'cancelled'],
  ])('reads %j as %s', (actions, status) => {
    expect(requestStatusOf(decided(...actions))).toBe(status);
  });
});
