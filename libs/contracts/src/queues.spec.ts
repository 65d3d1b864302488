import { FOLLOW_UP_KINDS } from './follow-ups/follow-up-kinds';
import { COPAY_ASSISTANCE_JOBS, FOLLOW_UP_JOBS, QUEUES } from './queues';

describe('queue and job names', () => {
  it.each([
    ['queues', QUEUES],
    ['copay-assistance jobs', COPAY_ASSISTANCE_JOBS],
  ])('%s are unique kebab-case strings', (_kind, names) => {
    const values: string[] = Object.values(names);
    for (const value of values) expect(value).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(values).size).toBe(values.length);
  });

  it('names each follow-up job after its kind, one per kind', () => {
    expect(Object.values(FOLLOW_UP_JOBS)).toEqual([...FOLLOW_UP_KINDS]);
    for (const kind of FOLLOW_UP_KINDS) expect(FOLLOW_UP_JOBS[kind]).toBe(kind);
  });
});
