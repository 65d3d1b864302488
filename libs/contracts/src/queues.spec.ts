import { COPAY_ASSISTANCE_JOBS, FOLLOW_UP_JOBS, QUEUES } from './queues';

describe('queue and job names', () => {
  it.each([
    ['queues', QUEUES],
    ['follow-up jobs', FOLLOW_UP_JOBS],
    ['copay-assistance jobs', COPAY_ASSISTANCE_JOBS],
  ])('%s are unique kebab-case strings', (_kind, names) => {
    const values: string[] = Object.values(names);
    for (const value of values) expect(value).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(values).size).toBe(values.length);
  });
});
