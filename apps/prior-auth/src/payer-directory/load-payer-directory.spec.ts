import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from '@infuse/config';
import { loadPayerDirectory } from './load-payer-directory';

const SHIPPED = join(__dirname, '..', '..', 'config', 'payer-directory.json');

function problemsOf(load: () => unknown): readonly string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the directory to be refused');
}

function directoryFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'payer-directory-')), 'payers.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const acme = {
  name: 'Acme Health Plan',
  pas: { baseUrl: 'https://pas.acme.example/fhir', version: '2.2.1' },
  credentials: {
    development: { kind: 'development-token', subject: 'infuse-prior-auth', role: 'provider' },
    production: {
      kind: 'client-credentials',
      tokenUrl: 'https://auth.acme.example/token',
      clientId: 'infuse',
      clientSecretVariable: 'ACME_SECRET',
    },
  },
  defaultValidityMonths: { initial: 6, reauthorization: 12 },
  turnaroundHours: { standard: 72, expedited: 24 },
};

describe('the payer directory', () => {
  it('ships the three sandbox payers, pointed at the local sandbox unless told otherwise', () => {
    const directory = loadPayerDirectory(SHIPPED, {}, 'development');
    expect(directory.all().map((payer) => [payer.id, payer.pasBaseUrl])).toEqual([
      ['acme-health', 'http://127.0.0.1:3010/fhir'],
      ['northwind-medicare', 'http://127.0.0.1:3010/fhir'],
      ['state-medicaid', 'http://127.0.0.1:3010/fhir'],
    ]);
    expect(directory.find('acme-health')?.credentials).toEqual({
      kind: 'development-token',
      subject: 'infuse-prior-auth',
      role: 'provider',
    });
  });

  it('points every payer at PAYER_SANDBOX_URL, and one payer at its own setting', () => {
    const directory = loadPayerDirectory(
      SHIPPED,
      {
        PAYER_SANDBOX_URL: 'http://127.0.0.1:40111/fhir',
        STATE_MEDICAID_PAS_URL: 'https://pas.medicaid.example/r4',
      },
      'test',
    );
    expect(directory.find('acme-health')?.pasBaseUrl).toBe('http://127.0.0.1:40111/fhir');
    expect(directory.find('state-medicaid')?.pasBaseUrl).toBe('https://pas.medicaid.example/r4');
  });

  it('does not know a payer it does not list', () => {
    expect(loadPayerDirectory(SHIPPED, {}, 'development').find('blue-mountain')).toBeUndefined();
  });

  it('uses client credentials in production, the secret read from the variable the directory names', () => {
    const directory = loadPayerDirectory(
      SHIPPED,
      {
        ACME_HEALTH_CLIENT_SECRET: 'acme-s3cret',
        NORTHWIND_MEDICARE_CLIENT_SECRET: 'nw-s3cret',
        STATE_MEDICAID_CLIENT_SECRET: 'sm-s3cret',
      },
      'production',
    );
    expect(directory.find('acme-health')?.credentials).toEqual({
      kind: 'client-credentials',
      tokenUrl: 'https://auth.acmehealth.example/oauth2/token',
      clientId: 'infuse-prior-auth',
      clientSecret: 'acme-s3cret',
      scope: 'system/Claim.write system/ClaimResponse.read',
    });
  });

  it('lists every missing production secret at once, by variable name', () => {
    expect(
      problemsOf(() =>
        loadPayerDirectory(SHIPPED, { ACME_HEALTH_CLIENT_SECRET: 'x' }, 'production'),
      ),
    ).toEqual([
      'NORTHWIND_MEDICARE_CLIENT_SECRET: the client secret of payer northwind-medicare is required in production',
      'STATE_MEDICAID_CLIENT_SECRET: the client secret of payer state-medicaid is required in production',
    ]);
  });

  it('reports every invalid field of a payer with its path', () => {
    const path = directoryFile({
      payers: {
        acme: {
          ...acme,
          pas: { baseUrl: 'ftp://acme.example', version: 'latest' },
          turnaroundHours: { standard: 24, expedited: 72 },
        },
        'Bad Id': acme,
      },
    });
    const problems = problemsOf(() => loadPayerDirectory(path, {}, 'development'));
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/payers\.acme\.pas\.baseUrl/);
    expect(problems.join('\n')).toMatch(
      /payers\.acme\.pas\.version: expected a version such as 2\.2\.1/,
    );
    expect(problems.join('\n')).toMatch(
      /payers\.acme\.turnaroundHours\.expedited: expedited must not exceed standard/,
    );
    expect(problems.join('\n')).toMatch(/payers\.Bad Id: expected a kebab-case payer id/);
  });

  it('names a placeholder with neither a value nor a default', () => {
    const path = directoryFile({
      payers: { acme: { ...acme, pas: { baseUrl: '${ACME_URL}', version: '2.2.1' } } },
    });
    expect(problemsOf(() => loadPayerDirectory(path, {}, 'test'))).toContain(
      'ACME_URL: is not set and payers.acme.pas.baseUrl gives no default',
    );
  });

  it.each([
    ['a missing file', join(tmpdir(), 'no-such-directory.json'), /cannot read .* \(ENOENT\)/],
    ['a file that is not JSON', directoryFile('{ payers: '), /is not valid JSON/],
    ['a directory with no payer', directoryFile({ payers: {} }), /must name at least one payer/],
  ])('refuses %s', (_case, path, problem) => {
    expect(problemsOf(() => loadPayerDirectory(path, {}, 'development')).join('\n')).toMatch(
      problem,
    );
  });
});
