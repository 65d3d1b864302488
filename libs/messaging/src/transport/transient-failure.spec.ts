import { isTransientFailure } from './transient-failure';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isTransientFailure', () => {
  it.each([
    ['a lost connection (08006)', withCode('08006')],
    ['a serialization failure (40001)', withCode('40001')],
    ['a deadlock (40P01)', withCode('40P01')],
    ['too many connections (53300)', withCode('53300')],
    ['an administrator shutdown (57P01)', withCode('57P01')],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
  ])('retries %s without limit', (_case, error) => {
    expect(isTransientFailure(error)).toBe(true);
  });

  it.each([
    ['a constraint violation (23505)', withCode('23505')],
    ['an invalid value (22P02)', withCode('22P02')],
    ['a handler bug', new TypeError('cannot read properties of undefined')],
    ['something that is not an error', 'oops'],
  ])('counts %s towards dead-lettering', (_case, error) => {
    expect(isTransientFailure(error)).toBe(false);
  });
});
