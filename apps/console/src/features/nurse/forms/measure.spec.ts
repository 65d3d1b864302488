import { measure, numberOf } from './measure';

// The vitals form's measures (runner/vitals-form.tsx), with nursing's bounds.
const pulse = measure('pulse', { min: 20, max: 250, unit: 'beats/min', whole: true });
const temperature = measure('temperature', { min: 30, max: 45, unit: '°C' });
const weight = measure('weight', { min: 0.1, max: 400, unit: 'kg', optional: true });

/** What the nurse reads beside the field, or nothing when it takes the value. */
function problemsOf(schema: ReturnType<typeof measure>, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('measure', () => {
  it('takes a reading within nursing’s bounds, the bounds included', () => {
    expect(problemsOf(temperature, 36.8)).toEqual([]);
    expect(problemsOf(temperature, 30)).toEqual([]);
    expect(problemsOf(temperature, 45)).toEqual([]);
  });

  it('names the bounds and unit when a slip of the finger puts a reading outside them', () => {
    expect(problemsOf(temperature, 368)).toEqual(['Between 30 and 45 °C']);
    expect(problemsOf(pulse, 7)).toEqual(['Between 20 and 250 beats/min']);
  });

  it('asks for a whole number where nursing takes only one', () => {
    expect(problemsOf(pulse, 72.5)).toEqual(['A whole number']);
    expect(problemsOf(pulse, 72)).toEqual([]);
  });

  it('asks for a required reading left empty, by its name', () => {
    expect(problemsOf(temperature, '')).toEqual(['Enter the temperature']);
  });

  it('lets an optional reading stay empty, but still checks it once given', () => {
    expect(problemsOf(weight, '')).toEqual([]);
    expect(problemsOf(weight, 0)).toEqual(['Between 0.1 and 400 kg']);
  });

  it('takes no text for a number', () => {
    expect(problemsOf(temperature, '36.8')).not.toEqual([]);
  });
});

describe('numberOf', () => {
  it('gives the number of a filled field', () => {
    expect(numberOf(36.8)).toBe(36.8);
    expect(numberOf(0)).toBe(0);
  });

  it('gives no number, not 0, for an empty one', () => {
    expect(numberOf('')).toBeNaN();
  });
});
