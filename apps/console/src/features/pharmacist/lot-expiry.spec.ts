import { checkExpiry, checkRoomTemperatureSince, readExpiry } from './lot-expiry';

// The pharmacy's time zone is Vite's build setting (import.meta, which CommonJS cannot load);
// the dates' words reach it through ui/time. The default zone stands in.
jest.mock('../../ui/pharmacy-time-zone', () => ({ PHARMACY_TIME_ZONE: 'America/New_York' }));

describe('readExpiry', () => {
  it.each([
    ['typed with dashes', '2027-11-30'],
    ['typed without', '20271130'],
    ['with spaces around', ' 2027-11-30 '],
    ['scanned from a GS1 barcode (AI 17)', '(17)271130'],
    ['scanned without the AI', '271130'],
    ['printed as the month alone', '2027-11'],
    ['scanned with day 00, the month’s last day', '(17)271100'],
  ])('reads an expiry %s', (_as, text) => {
    expect(readExpiry(text)).toBe('2027-11-30');
  });

  it('takes the last day of February from day 00, in a leap year too', () => {
    expect(readExpiry('270200')).toBe('2027-02-28');
    expect(readExpiry('280200')).toBe('2028-02-29');
    expect(readExpiry('2028-02')).toBe('2028-02-29');
  });

  it.each([
    '2027-02-29',
    '2027-11-31',
    '2027-13-01',
    '271300',
    '2027-00',
    '30/11/2027',
    'soon',
    '',
  ])('refuses %p, which is no real date', (text) => {
    expect(readExpiry(text)).toBeNull();
  });
});

describe('checkExpiry', () => {
  const today = '2026-12-01';
  const lastInfusionDay = '2026-12-07';

  it('refuses a lot already expired', () => {
    expect(checkExpiry('2026-11-30', today, lastInfusionDay)).toEqual({
      usable: false,
      message: 'Expired on Nov 30, 2026.',
    });
  });

  it('refuses a lot expiring on the last infusion day, as pharmacy does', () => {
    expect(checkExpiry('2026-12-07', today, lastInfusionDay)).toEqual({
      usable: false,
      message:
        'Expires Dec 7, 2026, not after the last infusion day (Dec 7, 2026): pharmacy refuses it.',
    });
  });

  it('takes a lot expiring the day after the last infusion day', () => {
    expect(checkExpiry('2026-12-08', today, lastInfusionDay)).toEqual({
      usable: true,
      message: 'In date: expires Dec 8, 2026, 1 day after the last infusion day.',
    });
  });

  it('says how many days of margin the lot leaves', () => {
    expect(checkExpiry('2027-03-17', today, lastInfusionDay).message).toBe(
      'In date: expires Mar 17, 2027, 100 days after the last infusion day.',
    );
  });
});

describe('checkRoomTemperatureSince', () => {
  it('refuses a day after today, and takes today or earlier', () => {
    expect(checkRoomTemperatureSince('2026-12-02', '2026-12-01')).toBe('Cannot be after today.');
    expect(checkRoomTemperatureSince('2026-12-01', '2026-12-01')).toBeNull();
    expect(checkRoomTemperatureSince('2026-11-28', '2026-12-01')).toBeNull();
  });
});
