import { addMonths } from './iso-date';
import {
  checkLotForAdministration,
  isPooledBagUsable,
  pooledBagBeyondUse,
  roomTemperatureExpiryDate,
} from './lot-expiry';

describe('lot capture and expiry (rules 19 and 20)', () => {
  it.each([
    ['gammagard-liquid', 24, '[GGL4]'],
    ['octagam-10', 9, '[OCT10c]'],
    ['gamunex-c', 6, '[GMX2]'],
    ['panzyga', 12, '[PAN3]'],
    ['xembify', 6, '[XEM2] unconfirmed'],
    ['hyqvia', 3, '[HYQ4] unconfirmed'],
  ])(
    '%s left refrigeration on 2026-03-15: expires %i months later at ≤25 °C %s',
    (productId, months) => {
      expect(roomTemperatureExpiryDate(productId, '2030-01-31', '2026-03-15')).toBe(
        addMonths('2026-03-15', months),
      );
    },
  );

  it('never extends the printed expiry [GGL4]', () => {
    expect(roomTemperatureExpiryDate('gammagard-liquid', '2026-06-30', '2026-03-15')).toBe(
      '2026-06-30',
    );
  });

  it('keeps the printed expiry for a product stored at room temperature (Hizentra [HIZ5], Privigen [PRV3])', () => {
    expect(roomTemperatureExpiryDate('hizentra', '2027-05-31', '2026-03-15')).toBe('2027-05-31');
    expect(roomTemperatureExpiryDate('privigen', '2027-05-31', '2026-03-15')).toBe('2027-05-31');
  });

  const lot = { productId: 'gamunex-c', lotNumber: 'A1234', expiryDate: '2028-01-31' };

  it('allows a complete, unexpired lot [HIZ7][OCT-PL]', () => {
    expect(checkLotForAdministration(lot, '2026-12-07')).toEqual({
      allowed: true,
      effectiveExpiryDate: '2028-01-31',
      issues: [],
    });
  });

  it.each([
    [{ productId: undefined }, ['PRODUCT_REQUIRED']],
    [{ lotNumber: '  ' }, ['LOT_NUMBER_REQUIRED']],
    [{ expiryDate: undefined }, ['EXPIRY_REQUIRED']],
    [
      { productId: undefined, lotNumber: undefined, expiryDate: undefined },
      ['PRODUCT_REQUIRED', 'LOT_NUMBER_REQUIRED', 'EXPIRY_REQUIRED'],
    ],
  ])('blocks administration when the record lacks %j → %j [HIZ7][OCT-PL]', (missing, expected) => {
    const check = checkLotForAdministration({ ...lot, ...missing }, '2026-12-07');
    expect(check.allowed).toBe(false);
    expect(check.issues.map((issue) => issue.code)).toEqual(expected);
  });

  it('blocks a lot past its printed expiry, and allows it on the expiry day [HIZ7]', () => {
    expect(checkLotForAdministration(lot, '2028-02-01').issues.map((issue) => issue.code)).toEqual([
      'LOT_EXPIRED',
    ]);
    expect(checkLotForAdministration(lot, '2028-01-31').allowed).toBe(true);
  });

  it('blocks Gamunex-C 6 months after it left refrigeration [GMX2]', () => {
    const outOfFridge = { ...lot, removedFromRefrigerationOn: '2026-06-01' };
    expect(checkLotForAdministration(outOfFridge, '2026-12-01')).toMatchObject({
      allowed: true,
      effectiveExpiryDate: '2026-12-01',
    });
    const check = checkLotForAdministration(outOfFridge, '2026-12-02');
    expect(check.issues.map((issue) => issue.code)).toEqual(['ROOM_TEMPERATURE_LIMIT_PASSED']);
  });

  it('pools Octagam 10% for 8 h [OCT10b]', () => {
    expect(pooledBagBeyondUse('octagam-10', '2026-12-07T08:15')).toBe('2026-12-07T16:15');
    expect(isPooledBagUsable('octagam-10', '2026-12-07T20:00', '2026-12-08T04:00')).toBe(true);
    expect(isPooledBagUsable('octagam-10', '2026-12-07T20:00', '2026-12-08T04:01')).toBe(false);
    expect(isPooledBagUsable('octagam-10', '2026-12-07T20:00', '2026-12-07T19:59')).toBe(false);
  });

  it('has no pooled-bag rule for other products [OCT10b]', () => {
    expect(pooledBagBeyondUse('privigen', '2026-12-07T08:15')).toBeUndefined();
    expect(isPooledBagUsable('privigen', '2026-12-07T08:15', '2026-12-07T09:00')).toBe(false);
  });
});
