import { CODE_SYSTEMS, PAS_EXTENSIONS } from '../pas-vocabulary';
import { readClaimResponse } from './read-claim-response';
import { readResponseBundle } from './read-response-bundle';

/** A ClaimResponse item as PAS answers it, with only what a test names. */
function item(options: {
  sequence?: unknown;
  code?: string;
  number?: string;
  reasons?: string[];
  extension?: object[];
  adjudicationValue?: number;
}) {
  const reviewAction = {
    url: PAS_EXTENSIONS.reviewAction,
    extension: [
      ...(options.number ? [{ url: 'number', valueString: options.number }] : []),
      ...(options.code
        ? [
            {
              url: PAS_EXTENSIONS.reviewActionCode,
              valueCodeableConcept: {
                coding: [{ system: CODE_SYSTEMS.x12ReviewAction, code: options.code }],
              },
            },
          ]
        : []),
      ...(options.reasons ?? []).map((code) => ({
        url: 'reasonCode',
        valueCodeableConcept: {
          coding: [
            { system: CODE_SYSTEMS.x12ReviewDecisionReason, code, display: `reason ${code}` },
          ],
        },
      })),
    ],
  };
  return {
    ...(options.extension ? { extension: options.extension } : {}),
    itemSequence: 'sequence' in options ? options.sequence : 1,
    adjudication: [
      {
        extension: [reviewAction],
        category: { coding: [{ code: 'submitted' }] },
        ...(options.adjudicationValue !== undefined ? { value: options.adjudicationValue } : {}),
      },
    ],
  };
}

function claimResponse(fields: object) {
  return {
    resourceType: 'ClaimResponse',
    id: 'cr-1',
    status: 'active',
    use: 'preauthorization',
    outcome: 'complete',
    request: { reference: 'urn:uuid:9f3a1c52-8a43-5d2e-b1a7-0c6d0e5b7a11' },
    ...fields,
  };
}

describe('reading a ClaimResponse', () => {
  it.each([
    ['A1', 'certified'],
    ['A2', 'partial'],
    ['A3', 'denied'],
    ['A4', 'pended'],
    ['A6', 'modified'],
    ['C', 'unknown'],
    ['CT', 'unknown'],
  ])('maps review action %s to %s, keeping the code', (code, status) => {
    const answer = readClaimResponse(claimResponse({ item: [item({ code })] }));
    expect(answer).toMatchObject({
      kind: 'adjudicated',
      items: [{ reviewActionCode: code, status }],
    });
  });

  it('decides by the review action, never by the outcome', () => {
    const answer = readClaimResponse(
      claimResponse({ outcome: 'error', item: [item({ code: 'A1', number: 'AUTH-1' })] }),
    );
    expect(answer).toMatchObject({ kind: 'adjudicated', items: [{ status: 'certified' }] });
  });

  it('falls back to preAuthRef and preAuthPeriod when the item has neither', () => {
    const answer = readClaimResponse(
      claimResponse({
        preAuthRef: 'REF-NT-778',
        preAuthPeriod: { start: '2026-02-01T00:00:00-05:00', end: '2026-07-31' },
        item: [item({ code: 'A1' })],
      }),
    );
    expect(answer).toMatchObject({
      kind: 'adjudicated',
      preAuthRef: 'REF-NT-778',
      preAuthPeriod: { start: '2026-02-01', end: '2026-07-31' },
      items: [
        {
          authorizationNumber: 'REF-NT-778',
          period: { start: '2026-02-01', end: '2026-07-31' },
        },
      ],
    });
  });

  it("prefers the item's own number, period and authorized quantity", () => {
    const answer = readClaimResponse(
      claimResponse({
        preAuthRef: 'REF-NT-778',
        preAuthPeriod: { start: '2026-01-01', end: '2026-12-31' },
        item: [
          item({
            code: 'A1',
            number: 'ACME-AUTH-1',
            adjudicationValue: 999,
            extension: [
              {
                url: PAS_EXTENSIONS.itemPreAuthPeriod,
                valuePeriod: { start: '2026-02-01', end: '2026-07-31' },
              },
              {
                url: PAS_EXTENSIONS.itemAuthorizedDetail,
                extension: [{ url: 'quantity', valueQuantity: { value: 490 } }],
              },
            ],
          }),
        ],
      }),
    );
    expect(answer).toMatchObject({
      items: [
        {
          authorizationNumber: 'ACME-AUTH-1',
          period: { start: '2026-02-01', end: '2026-07-31' },
          authorizedQuantity: 490,
        },
      ],
    });
  });

  it('takes the authorized quantity from the adjudication value when no detail is given', () => {
    const answer = readClaimResponse(
      claimResponse({ item: [item({ code: 'A2', adjudicationValue: 280 })] }),
    );
    expect(answer).toMatchObject({ items: [{ status: 'partial', authorizedQuantity: 280 }] });
  });

  it('reads a modified item with the terms of the addItem that replaces it', () => {
    const answer = readClaimResponse(
      claimResponse({
        item: [item({ code: 'A6', number: 'REQ-1' })],
        addItem: [
          {
            itemSequence: [1],
            productOrService: { coding: [{ system: CODE_SYSTEMS.hcpcs, code: 'J1459' }] },
            quantity: { value: 392 },
            extension: [
              {
                url: PAS_EXTENSIONS.itemPreAuthPeriod,
                valuePeriod: { start: '2026-02-01', end: '2026-05-31' },
              },
            ],
            adjudication: [
              {
                extension: [
                  {
                    url: PAS_EXTENSIONS.reviewAction,
                    extension: [{ url: 'number', valueString: 'ACME-AUTH-2' }],
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(answer).toMatchObject({
      items: [
        {
          status: 'modified',
          authorizationNumber: 'ACME-AUTH-2',
          authorizedQuantity: 392,
          period: { start: '2026-02-01', end: '2026-05-31' },
        },
      ],
    });
  });

  it('keeps the reason codes of a denial', () => {
    const answer = readClaimResponse(
      claimResponse({ item: [item({ code: 'A3', reasons: ['0U', '7'] })] }),
    );
    expect(answer).toMatchObject({
      items: [
        {
          status: 'denied',
          reasonCodes: [
            { code: '0U', display: 'reason 0U' },
            { code: '7', display: 'reason 7' },
          ],
        },
      ],
    });
  });

  it('accepts the review action code under the slice name "code"', () => {
    const answer = readClaimResponse(
      claimResponse({
        item: [
          {
            itemSequence: 1,
            adjudication: [
              {
                extension: [
                  {
                    url: PAS_EXTENSIONS.reviewAction,
                    extension: [
                      { url: 'code', valueCodeableConcept: { coding: [{ code: 'A4' }] } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      }),
    );
    expect(answer).toMatchObject({ items: [{ status: 'pended' }] });
  });

  it('names the Claim by the identifier in request, else by the Claim the bundle carries', () => {
    expect(
      readClaimResponse(
        claimResponse({
          request: {
            identifier: { system: 'urn:infuse:sid:authorization-request', value: 'PA-1' },
          },
          identifier: [{ system: 'urn:payer', value: 'RESP-9' }],
          item: [item({ code: 'A1' })],
        }),
      ),
    ).toMatchObject({ claimIdentifier: 'PA-1', responseId: 'RESP-9' });
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:1',
          resource: claimResponse({
            request: { reference: 'urn:uuid:2' },
            item: [item({ code: 'A1' })],
          }),
        },
        {
          fullUrl: 'urn:uuid:2',
          resource: {
            resourceType: 'Claim',
            identifier: [{ system: 'urn:infuse', value: 'PA-2' }],
          },
        },
      ],
    };
    expect(readResponseBundle(bundle)).toMatchObject({
      claimIdentifier: 'PA-2',
      responseId: 'cr-1',
    });
  });

  describe('says what is missing instead of guessing', () => {
    it.each([
      [
        'an item without a review action code',
        { item: [item({ number: 'AUTH-1' })] },
        /Item 1 has no X12 306 review action code/,
      ],
      [
        'an item without a sequence',
        { item: [item({ code: 'A1', sequence: undefined })] },
        /item\[0\] has no itemSequence/,
      ],
      [
        'an item with a text sequence',
        { item: [item({ code: 'A1', sequence: '1' })] },
        /has no itemSequence/,
      ],
      ['no items and no errors', {}, /neither items nor errors/],
    ])('%s', (_case, fields, message) => {
      const answer = readClaimResponse(claimResponse(fields));
      expect(answer.kind).toBe('error');
      if (answer.kind === 'error') expect(answer.errors[0]?.message).toMatch(message);
    });

    it('refuses a bundle whose first entry is not the ClaimResponse', () => {
      const bundle = {
        resourceType: 'Bundle',
        entry: [
          { fullUrl: 'urn:uuid:2', resource: { resourceType: 'Patient' } },
          { fullUrl: 'urn:uuid:1', resource: claimResponse({ item: [item({ code: 'A1' })] }) },
        ],
      };
      expect(readResponseBundle(bundle)).toEqual({
        kind: 'error',
        errors: [
          {
            message:
              "The response Bundle's first entry is a Patient; PAS puts the ClaimResponse first.",
            location: 'Bundle.entry[0].resource',
          },
        ],
      });
    });

    it('refuses what is not a ClaimResponse', () => {
      expect(readClaimResponse({ resourceType: 'Claim' })).toEqual({
        kind: 'error',
        errors: [{ message: 'Expected a ClaimResponse, received a Claim.' }],
      });
    });
  });
});
