import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_PATHS } from './log-redaction';

function logged(entry: Record<string, unknown>): string {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink).info(
    entry,
    'referral recorded',
  );
  return output;
}

describe('log redaction', () => {
  it('never writes patient fields, at the top level or one level down', () => {
    const line = logged({
      referralId: 'r-1',
      patient: { firstName: 'Maren', lastName: 'Okafor', mrn: 'MRN-20481' },
      submission: {
        dateOfBirth: '1979-03-14',
        memberId: 'ACM-883920114',
        phone: '+1-410-555-0142',
      },
      req: { headers: { authorization: 'Bearer secret-token' } },
    });
    for (const value of [
      'Maren',
      'Okafor',
      'MRN-20481',
      '1979-03-14',
      'ACM-883920114',
      '555-0142',
      'secret-token',
    ]) {
      expect(line).not.toContain(value);
    }
    expect(line).toContain('"referralId":"r-1"');
  });
});
