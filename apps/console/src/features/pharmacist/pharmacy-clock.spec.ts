import { pharmacyLocalToInstant, pharmacyNowLocal } from './pharmacy-clock';

// The pharmacy's time zone is Vite's build setting (import.meta, which CommonJS cannot load): the
// default zone, New York, stands in. US clocks go forward on 2026-03-08 and back on 2026-11-01.
jest.mock('../../ui/pharmacy-time-zone', () => ({ PHARMACY_TIME_ZONE: 'America/New_York' }));

describe('pharmacyNowLocal', () => {
  it('reads the pharmacy’s clock, winter and summer', () => {
    expect(pharmacyNowLocal(Date.parse('2026-12-01T14:30:00Z'))).toBe('2026-12-01T09:30');
    expect(pharmacyNowLocal(Date.parse('2026-07-01T13:30:45Z'))).toBe('2026-07-01T09:30');
  });

  it('is still yesterday at the pharmacy when UTC has passed midnight', () => {
    expect(pharmacyNowLocal(Date.parse('2026-12-02T03:00:00Z'))).toBe('2026-12-01T22:00');
  });
});

describe('pharmacyLocalToInstant', () => {
  it('reads a time typed on the pharmacy’s clock as the instant it names', () => {
    expect(pharmacyLocalToInstant('2026-12-01T09:30')).toBe('2026-12-01T14:30:00.000Z');
    expect(pharmacyLocalToInstant('2026-07-01T09:30')).toBe('2026-07-01T13:30:00.000Z');
  });

  it('uses the offset of the time typed, on either side of a change of clocks', () => {
    expect(pharmacyLocalToInstant('2026-03-08T01:30')).toBe('2026-03-08T06:30:00.000Z');
    expect(pharmacyLocalToInstant('2026-03-08T03:30')).toBe('2026-03-08T07:30:00.000Z');
    expect(pharmacyLocalToInstant('2026-11-01T00:30')).toBe('2026-11-01T04:30:00.000Z');
    expect(pharmacyLocalToInstant('2026-11-01T03:00')).toBe('2026-11-01T08:00:00.000Z');
  });

  it('gives back the minute the pharmacy’s clock showed', () => {
    const at = Date.parse('2026-11-15T18:42:00Z');
    expect(pharmacyLocalToInstant(pharmacyNowLocal(at))).toBe(new Date(at).toISOString());
  });

  it.each(['2026-12-01 09:30', '2026-12-01', '09:30', ''])(
    'refuses %p, which is no time',
    (text) => {
      expect(pharmacyLocalToInstant(text)).toBeNull();
    },
  );
});
