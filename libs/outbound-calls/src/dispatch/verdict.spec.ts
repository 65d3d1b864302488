import { HttpResponse } from '../http/http-response';
import { verdictOf } from './verdict';

const answered = (status: number) => ({
  outcome: 'answered' as const,
  response: new HttpResponse(status, new Headers(), Buffer.from('{}')),
  tries: 1,
});

describe('verdictOf', () => {
  it('settles a final answer at once, success or refusal', () => {
    expect(verdictOf(answered(201), 1, 5).outcome).toBe('succeeded');
    expect(verdictOf(answered(422), 1, 5).outcome).toBe('rejected');
    expect(verdictOf(answered(302), 1, 5).outcome).toBe('rejected');
  });

  it('reschedules an unavailable receiver until the last attempt, then gives up', () => {
    const unavailable = {
      outcome: 'unavailable' as const,
      failure: { reason: 'status' as const, status: 503 },
      tries: 3,
    };
    expect(verdictOf(unavailable, 4, 5).outcome).toBe('rescheduled');
    expect(verdictOf(unavailable, 5, 5).outcome).toBe('gave_up');
  });

  it('releases a call abandoned at shutdown, whatever its attempts', () => {
    const aborted = {
      outcome: 'unavailable' as const,
      failure: { reason: 'aborted' as const },
      tries: 1,
    };
    expect(verdictOf(aborted, 5, 5)).toEqual({ outcome: 'released' });
  });
});
