import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PayerSandboxSettings } from '../payer-sandbox-settings.config';
import { loadPayerDirectory } from './payer-directory';

const SETTINGS: PayerSandboxSettings = {
  PAYER_SANDBOX_TIME_ZONE: 'UTC',
  PAYER_SANDBOX_SUBSCRIBERS_REFRESH_MS: 5_000,
};

function fileWith(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'payers-')), 'payers.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('the payers file', () => {
  it('in the repository plays acme-health, northwind-medicare and state-medicaid, and answers for others', () => {
    const payers = loadPayerDirectory(SETTINGS);
    expect(payers.payerFor('acme-health')).toMatchObject({
      name: 'Acme Health',
      authorizationNumberPrefix: 'ACME-',
      // [MMO] IgG < 200 mg/dL; [PH2][MMO] BUN/SCr within 30 days; [PH1][PH2] initial 6 months.
      authorizationValidityMonths: 6,
      rule: { kind: 'primary-immunodeficiency', maxIgGMgPerDl: 200, renalLabsMaxAgeDays: 30 },
    });
    expect(payers.payerFor('northwind-medicare').rule).toEqual({ kind: 'pend-all' });
    expect(payers.payerFor('state-medicaid').rule.kind).toBe('labelled-indication');
    const acmeMemberIds = payers.payerFor('acme-health').memberIds.pattern;
    expect(
      ['ACM48151623', 'ACM-883920114', 'ACM4815', 'XCM48151623'].map((id) =>
        acmeMemberIds.test(id),
      ),
    ).toEqual([true, true, false, false]);
    expect(payers.payerFor('blue-yonder').id).toBe('other-payers');
    expect(payers.payerFor(undefined).id).toBe('other-payers');
  });

  it('is read from the file a setting names', () => {
    const repository = loadPayerDirectory(SETTINGS);
    const [acme] = repository.all.filter((payer) => payer.id === 'acme-health');
    const payer = {
      ...acme,
      id: 'lakeside-health',
      authorizationNumberPrefix: 'LKS-',
      memberIds: { pattern: '^L\\d{6}$', description: 'L and 6 digits' },
      rule: { kind: 'pend-all' },
    };
    const other = { ...payer, id: 'elsewhere', authorizationNumberPrefix: 'ELS-' };
    const path = fileWith({ payers: [payer], otherPayers: other });
    const payers = loadPayerDirectory({ ...SETTINGS, PAYER_SANDBOX_PAYERS_FILE: path });
    expect(payers.all.map((profile) => profile.id)).toEqual(['elsewhere', 'lakeside-health']);
    expect(payers.payerFor('acme-health').id).toBe('elsewhere');
  });

  it('refuses a broken file at boot, listing every problem', () => {
    const path = fileWith({
      payers: [
        {
          id: 'Acme Health',
          name: 'Acme',
          planType: 'commercial',
          authorizationNumberPrefix: 'ACME-',
          authorizationValidityMonths: 0,
          memberIds: { pattern: '(', description: 'broken' },
          reviewTurnaroundHours: 72,
          rule: { kind: 'approve-everything' },
        },
      ],
    });
    expect(() => loadPayerDirectory({ ...SETTINGS, PAYER_SANDBOX_PAYERS_FILE: path })).toThrow(
      /payers\.0\.id: kebab-case[\s\S]*payers\.0\.authorizationValidityMonths[\s\S]*payers\.0\.memberIds\.pattern: not a regular expression[\s\S]*payers\.0\.rule[\s\S]*otherPayers/,
    );
  });

  it('refuses a file that is not JSON, naming it', () => {
    const path = fileWith('{ "payers": ');
    expect(() => loadPayerDirectory({ ...SETTINGS, PAYER_SANDBOX_PAYERS_FILE: path })).toThrow(
      `payers file ${path}:`,
    );
  });
});
