import {
  fieldProblems,
  NetworkError,
  plainWords,
  ProblemError,
  type FieldProblem,
} from './problem';

function refused(status: number, detail?: string, errors?: FieldProblem[]): ProblemError {
  return new ProblemError({
    type: 'about:blank',
    title: 'Refused',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  });
}

describe('plainWords', () => {
  it.each([
    [401, 'Your session has ended. Sign in again.'],
    [403, 'Your role does not allow this.'],
    [404, 'This was not found. It may have been removed, or it is not yours to see.'],
    [409, 'This changed while you were working on it. Reload and try again.'],
  ])('tells the user what a %i means for them', (status, words) => {
    expect(plainWords(refused(status))).toBe(words);
  });

  it('adds the service’s own detail to a 400, so the user sees which rule was broken', () => {
    expect(plainWords(refused(400, 'The NPI check digit is wrong.'))).toBe(
      'Some of what was entered needs attention. The NPI check digit is wrong.',
    );
  });

  it('does not say the same sentence twice when the detail is the plain words', () => {
    expect(plainWords(refused(403, 'Your role does not allow this.'))).toBe(
      'Your role does not allow this.',
    );
  });

  it.each([500, 502, 503])('asks to try again later when the service failed (%i)', (status) => {
    expect(plainWords(refused(status))).toBe(
      'Infuse could not finish this. Try again in a moment.',
    );
  });

  it('still says the request was refused for a status it has no words for', () => {
    expect(plainWords(refused(418, 'No tea.'))).toBe('The request was refused. No tea.');
  });

  it('tells the user to check the network when no answer came', () => {
    expect(plainWords(new NetworkError(new TypeError('Failed to fetch')))).toBe(
      'No connection. Check the network and try again.',
    );
  });

  it('blames the console, not the user, for its own failures', () => {
    expect(plainWords(new TypeError('x is undefined'))).toBe(
      'Something went wrong in the console. Reload the page.',
    );
  });
});

describe('fieldProblems', () => {
  it('keys a body field’s problem by its form path', () => {
    const problems = fieldProblems(
      refused(400, undefined, [
        { pointer: '#/patient/birthDate', detail: 'Must not be in the future' },
        { pointer: '/labs/0/value', detail: 'Must not be negative' },
      ]),
    );
    expect([...problems]).toEqual([
      ['patient.birthDate', 'Must not be in the future'],
      ['labs.0.value', 'Must not be negative'],
    ]);
  });

  it('unescapes a JSON Pointer’s ~1 and ~0', () => {
    const problems = fieldProblems(
      refused(400, undefined, [{ pointer: '#/a~1b/c~0d', detail: 'x' }]),
    );
    expect([...problems.keys()]).toEqual(['a/b.c~d']);
  });

  it('keys a problem of the whole body (pointer "#" or "") by the empty path', () => {
    const problems = fieldProblems(
      refused(400, undefined, [{ pointer: '#', detail: 'The body is not JSON' }]),
    );
    expect([...problems]).toEqual([['', 'The body is not JSON']]);
    expect([...fieldProblems(refused(400, undefined, [{ pointer: '', detail: 'x' }]))]).toEqual([
      ['', 'x'],
    ]);
  });

  it('keys a query parameter’s or header’s problem by its name', () => {
    const problems = fieldProblems(
      refused(400, undefined, [
        { parameter: 'cursor', detail: 'Not a cursor of this list' },
        { header: 'if-match', detail: 'Required' },
      ]),
    );
    expect(problems.get('cursor')).toBe('Not a cursor of this list');
    expect(problems.get('if-match')).toBe('Required');
  });

  it('shows the first problem of a field when the service names it twice', () => {
    const problems = fieldProblems(
      refused(400, undefined, [
        { pointer: '#/prescriber/npi', detail: 'Ten digits' },
        { pointer: '#/prescriber/npi', detail: 'The check digit is wrong' },
      ]),
    );
    expect(problems.get('prescriber.npi')).toBe('Ten digits');
  });

  it('has none for a refusal without field problems, or for an error that is no refusal', () => {
    expect(fieldProblems(refused(409)).size).toBe(0);
    expect(fieldProblems(new NetworkError(undefined)).size).toBe(0);
  });
});

describe('ProblemError', () => {
  it('carries the status and reads as the problem’s detail, or its title without one', () => {
    expect(refused(404, 'No referral r-1').message).toBe('No referral r-1');
    expect(refused(404).message).toBe('Refused');
    expect(refused(404).status).toBe(404);
  });
});
