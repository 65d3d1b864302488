// The two halves of the library agree: a request Infuse builds passes the payer side's check, and
// the answer the payer sandbox builds for it reads back to the decision it made.
import { buildRequestBundle, PAS_REQUEST_EXAMPLES } from '../request';
import {
  buildResponseBundle,
  checkRequestBundle,
  decideItems,
  readRequestFacts,
  type Verdict,
} from '../payer';
import { checkItemSequences } from './check-item-sequences';
import { readPayerAnswer } from './read-payer-answer';

const IDENTITY = {
  responseId: '7d1e9c0a-2b3f-4e5d-8a6b-9c0d1e2f3a4b',
  bundleId: '8e2f0d1b-3c4a-4f6e-9b7c-0d1e2f3a4b5c',
  referenceNumber: 'ACME-AUTH-7741029',
  created: '2026-01-27T10:00:00-05:00',
  issueDate: '2026-01-27',
};

function answerTo(
  input: (typeof PAS_REQUEST_EXAMPLES)[keyof typeof PAS_REQUEST_EXAMPLES],
  verdict: Verdict,
) {
  const check = checkRequestBundle(buildRequestBundle(input), 'submit');
  if (!check.valid)
    throw new Error(`the payer side refused the request: ${JSON.stringify(check.issues)}`);
  const facts = readRequestFacts(check.request);
  const decisions = decideItems(facts.items, verdict, {
    validityMonths: 6,
    today: IDENTITY.issueDate,
  });
  // Over the wire: JSON text, as prior-auth receives it.
  return readPayerAnswer(
    200,
    JSON.stringify(buildResponseBundle(check.request, decisions, IDENTITY)),
  );
}

describe('a request built here, answered by the payer side', () => {
  it.each(Object.entries(PAS_REQUEST_EXAMPLES))('passes the payer check: %s', (_name, input) => {
    expect(checkRequestBundle(buildRequestBundle(input), 'submit')).toMatchObject({
      valid: true,
      warnings: [],
    });
  });

  it('reads a certification back with its number, period and units', () => {
    const answer = answerTo(PAS_REQUEST_EXAMPLES.ivigCommercialInitial, { kind: 'certify' });
    expect(answer).toMatchObject({
      kind: 'adjudicated',
      claimIdentifier: 'PA-2026-000123',
      items: [
        {
          sequence: 1,
          status: 'certified',
          authorizationNumber: 'ACME-AUTH-7741029',
          period: { start: '2026-02-01', end: '2026-07-31' },
          authorizedQuantity: 490,
        },
      ],
    });
    expect(checkItemSequences([1], answer)).toEqual([]);
  });

  it('reads a partial certification with the units granted', () => {
    const answer = answerTo(PAS_REQUEST_EXAMPLES.ivigCommercialInitial, {
      kind: 'partial',
      units: 280,
    });
    expect(answer).toMatchObject({ items: [{ status: 'partial', authorizedQuantity: 280 }] });
  });

  it('reads a denial with its reason code', () => {
    const answer = answerTo(PAS_REQUEST_EXAMPLES.scigMedicareInitial, {
      kind: 'deny',
      reasonCode: { code: '0U', display: 'Additional patient information required' },
    });
    expect(answer).toMatchObject({
      items: [{ status: 'denied', reasonCodes: [{ code: '0U' }] }],
    });
  });

  it('reads a pended answer with the reference number to inquire by', () => {
    const answer = answerTo(PAS_REQUEST_EXAMPLES.ivigMedicaidReauthorization, { kind: 'pend' });
    expect(answer).toMatchObject({
      claimIdentifier: 'PA-2026-000311',
      items: [{ status: 'pended', administrationReferenceNumber: 'ACME-AUTH-7741029' }],
    });
  });
});
