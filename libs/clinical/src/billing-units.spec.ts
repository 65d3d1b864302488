import { catchClinicalError } from './clinical-error.testing';
import {
  type AuthorizationBalance,
  billingUnitsFor,
  checkDispenseAgainstAuthorization,
  IVIG_BILLING_UNIT_MG,
  SCIG_BILLING_UNIT_MG,
} from './billing-units';

describe('billing units (rule 24)', () => {
  it.each([
    ['privigen', 30, 'J1459', 30000 / 500, '[ANB][PRI]'],
    ['gammagard-liquid', 28, 'J1569', 28000 / 500, '[ANB][NOR1]'],
    ['octagam-10', 47, 'J1568', 47000 / 500, '[ANB]'],
    ['hizentra', 10, 'J1559', 10000 / 100, '[PRI]'],
    ['hyqvia', 30, 'J1575', 30000 / 100, '[PRI]'],
  ])('%s %d g bills %s × %i units %s', (productId, grams, hcpcs, units) => {
    expect(billingUnitsFor(productId, grams)).toMatchObject({ hcpcs, units, exactUnits: units });
  });

  it('IVIG units are 500 mg and SCIG units 100 mg [ANB][PRI][NGS]', () => {
    expect(IVIG_BILLING_UNIT_MG).toBe(500);
    expect(SCIG_BILLING_UNIT_MG).toBe(100);
    expect(billingUnitsFor('privigen', 1).units).toBe(1000 / IVIG_BILLING_UNIT_MG);
    expect(billingUnitsFor('hizentra', 1).units).toBe(1000 / SCIG_BILLING_UNIT_MG);
  });

  it('rounds a partial unit up: 1.65 g of Cutaquig is 16.5 → 17 units [CUT2]', () => {
    expect(billingUnitsFor('cutaquig', 1.65)).toMatchObject({ exactUnits: 16.5, units: 17 });
  });

  it('bills Gammagard Liquid given SC per 500 mg under J1569 [NOR1]', () => {
    expect(billingUnitsFor('gammagard-liquid', 10)).toMatchObject({
      billingUnitMg: 500,
      units: 20,
    });
  });

  const authorization: AuthorizationBalance = {
    authorizedUnits: 1680, // Hizentra 1,680 units / 28 d (PID) [PH2]
    hcpcs: 'J1559',
    periodStart: '2027-01-01',
    periodEnd: '2027-01-28',
    unitsDispensedInPeriod: 1500,
  };

  it('allows a dispense within the authorized units and period [PH2]', () => {
    const check = checkDispenseAgainstAuthorization({
      productId: 'hizentra',
      dispenseGrams: 18,
      dispenseDate: '2027-01-21',
      authorization,
    });
    expect(check.allowed).toBe(true);
    expect(check.cumulativeUnits).toBe(1500 + 180);
    expect(check.remainingUnits).toBe(0);
  });

  it('blocks a dispense that would exceed the authorized units (rule 24) [PH2]', () => {
    const check = checkDispenseAgainstAuthorization({
      productId: 'hizentra',
      dispenseGrams: 20,
      dispenseDate: '2027-01-21',
      authorization,
    });
    expect(check.allowed).toBe(false);
    expect(check.remainingUnits).toBe(1680 - 1700);
    expect(check.issues.map((issue) => issue.code)).toEqual(['EXCEEDS_AUTHORIZED_UNITS']);
  });

  it.each(['2026-12-31', '2027-01-29'])(
    'blocks a dispense on %s, outside the authorized period',
    (dispenseDate) => {
      const check = checkDispenseAgainstAuthorization({
        productId: 'hizentra',
        dispenseGrams: 1,
        dispenseDate,
        authorization,
      });
      expect(check.issues.map((issue) => issue.code)).toEqual(['OUTSIDE_AUTHORIZED_PERIOD']);
    },
  );

  it('blocks a product whose HCPCS code was not authorized', () => {
    const check = checkDispenseAgainstAuthorization({
      productId: 'cuvitru',
      dispenseGrams: 1,
      dispenseDate: '2027-01-05',
      authorization,
    });
    expect(check.issues.map((issue) => issue.code)).toEqual(['HCPCS_NOT_AUTHORIZED']);
  });

  it('accepts any product when the authorization names no code', () => {
    const withoutCode: AuthorizationBalance = { ...authorization, hcpcs: undefined };
    expect(
      checkDispenseAgainstAuthorization({
        productId: 'cuvitru',
        dispenseGrams: 1,
        dispenseDate: '2027-01-05',
        authorization: withoutCode,
      }).allowed,
    ).toBe(true);
  });

  it.each([
    [{ authorizedUnits: -1 }, 'CLINICAL.INVALID_INPUT'],
    [{ periodEnd: '2026-12-01' }, 'CLINICAL.INVALID_DATE'],
  ])('rejects an authorization with %j', (override, code) => {
    expect(
      catchClinicalError(() =>
        checkDispenseAgainstAuthorization({
          productId: 'hizentra',
          dispenseGrams: 1,
          dispenseDate: '2027-01-05',
          authorization: { ...authorization, ...override },
        }),
      ).code,
    ).toBe(code);
  });

  it('rejects a dispense of no grams', () => {
    expect(catchClinicalError(() => billingUnitsFor('privigen', 0)).code).toBe(
      'CLINICAL.INVALID_DOSE',
    );
  });
});
