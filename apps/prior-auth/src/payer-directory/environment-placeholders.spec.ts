import { expandPlaceholders, PlaceholderSyntaxError } from './environment-placeholders';

describe('expandPlaceholders', () => {
  const sandbox = '${ACME_PAS_URL:-${PAYER_SANDBOX_URL:-http://127.0.0.1:3010/fhir}}';

  it.each([
    ['the innermost default when nothing is set', {}, 'http://127.0.0.1:3010/fhir'],
    [
      'the shared setting over the default',
      { PAYER_SANDBOX_URL: 'http://127.0.0.1:49152/fhir' },
      'http://127.0.0.1:49152/fhir',
    ],
    [
      "the payer's own setting over the shared one",
      { PAYER_SANDBOX_URL: 'http://a/fhir', ACME_PAS_URL: 'https://pas.acme.example/r4' },
      'https://pas.acme.example/r4',
    ],
    [
      'a default when the variable is set but empty',
      { PAYER_SANDBOX_URL: '' },
      'http://127.0.0.1:3010/fhir',
    ],
  ])('takes %s', (_case, env, expected) => {
    expect(expandPlaceholders(sandbox, env)).toEqual({ value: expected, missing: [] });
  });

  it('keeps text around placeholders and names each one without a value or default', () => {
    expect(expandPlaceholders('https://${HOST}/fhir/${TENANT}', { HOST: 'pas.example' })).toEqual({
      value: 'https://pas.example/fhir/',
      missing: ['TENANT'],
    });
  });

  it('leaves text without placeholders as it is', () => {
    expect(expandPlaceholders('Acme Health Plan {gold}', {})).toEqual({
      value: 'Acme Health Plan {gold}',
      missing: [],
    });
  });

  it.each(['${UNCLOSED', '${A:-${B}', '${}', '${9LIVES}'])('refuses the malformed %s', (text) => {
    expect(() => expandPlaceholders(text, {})).toThrow(PlaceholderSyntaxError);
  });
});
