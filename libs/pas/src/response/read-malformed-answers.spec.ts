// Whatever a payer sends, the readers answer: a malformed answer is an error answer, never a
// thrown exception (prior-auth records it for a person to look at).
import { readFixture } from '@infuse/testing';
import { checkItemSequences } from './check-item-sequences';
import type { PasAnswer } from './pas-decision';
import { readInquiryResponse } from './read-inquiry-response';
import { readNotificationBundle } from './read-notification-bundle';
import { readOperationOutcome } from './read-operation-outcome';
import { readPayerAnswer } from './read-payer-answer';
import { readResponseBundle } from './read-response-bundle';

const example = (name: string): unknown => readFixture(`pas/${name}.json`);

/** Every JSON path of a value, so each can be broken in turn. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (typeof value === 'object' && value !== null)
    return [
      path,
      ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, key])),
    ];
  return [path];
}

function replacedAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

function messagesOf(answer: PasAnswer): string[] {
  return answer.kind === 'error' ? answer.errors.map((error) => error.message) : [];
}

describe('malformed answers', () => {
  it.each([
    ['the approval', 'Bundle-ReferralAuthorizationResponseBundleExample', readResponseBundle],
    ['the error bundle', 'Bundle-ErrorResponseBundleExample', readResponseBundle],
    [
      'the inquiry answer',
      'Parameters-PASClaimInquiryOperationResponseExample',
      readInquiryResponse,
    ],
    ['the notification', 'Bundle-PASSubscriptionNotification', readNotificationBundle],
    ['the OperationOutcome', 'OperationOutcome-InvalidRequestResponse', readOperationOutcome],
  ])(
    'never throw on %s with any one element broken',
    (_name, file, read: (body: unknown) => unknown) => {
      const original = example(file);
      const paths = pathsOf(original);
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths)
        for (const replacement of [null, 7, 'x', [], {}, [null]]) {
          const broken = replacedAt(original, path, replacement);
          expect(() => read(broken)).not.toThrow();
        }
    },
  );

  describe('the $submit entry point', () => {
    it.each([
      [
        200,
        null,
        'The payer answered HTTP 200 with nothing; PAS answers $submit with a response Bundle.',
      ],
      [
        200,
        'not JSON at all',
        'The payer answered HTTP 200 with a string; PAS answers $submit with a response Bundle.',
      ],
      [
        200,
        [1, 2],
        'The payer answered HTTP 200 with a JSON array; PAS answers $submit with a response Bundle.',
      ],
      [
        200,
        { resourceType: 'Patient' },
        'The payer answered HTTP 200 with a Patient; PAS answers $submit with a response Bundle.',
      ],
      [
        200,
        { resourceType: 'ClaimResponse', item: [] },
        'The payer answered HTTP 200 with a ClaimResponse; PAS answers $submit with a response Bundle.',
      ],
      [
        400,
        { resourceType: 'Bundle', entry: [] },
        'The payer answered HTTP 400 with a Bundle instead of an OperationOutcome.',
      ],
      [
        503,
        '<html>Service Unavailable</html>',
        'The payer answered HTTP 503 with a string instead of an OperationOutcome.',
      ],
    ])('answers HTTP %i with %j by saying what came', (status, body, message) => {
      expect(readPayerAnswer(status, body)).toEqual({ kind: 'error', errors: [{ message }] });
    });

    it('reads an OperationOutcome with its expression, or its location, as where the problem is', () => {
      const answer = readPayerAnswer(422, {
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'required',
            diagnostics: 'Coverage.subscriberId is missing',
            expression: ['Bundle.entry[2].resource.subscriberId'],
          },
          { severity: 'fatal', code: 'structure', location: ['/f:Bundle/f:entry[3]'] },
        ],
      });
      expect(answer).toEqual({
        kind: 'error',
        errors: [
          {
            code: 'required',
            message: 'error: Coverage.subscriberId is missing',
            location: 'Bundle.entry[2].resource.subscriberId',
          },
          {
            code: 'structure',
            message: 'The payer reported fatal "structure" without details.',
            location: '/f:Bundle/f:entry[3]',
          },
        ],
      });
    });

    it('reads a JSON text body as the resource it holds', () => {
      const text = JSON.stringify(example('Bundle-RejectionResponseBundleExample'));
      expect(readPayerAnswer(201, text)).toMatchObject({ items: [{ status: 'denied' }] });
    });
  });

  describe('the $inquire answer', () => {
    it('reads every returned bundle under "return", and nothing when nothing matched', () => {
      const bundle = example('Bundle-PASClaimInquiryResponseBundleExample');
      const answers = readInquiryResponse({
        resourceType: 'Parameters',
        parameter: [
          { name: 'return', resource: bundle },
          { name: 'return', resource: bundle },
        ],
      });
      expect(answers).toHaveLength(2);
      expect(readInquiryResponse({ resourceType: 'Parameters', parameter: [] })).toEqual([]);
    });

    it('reads an OperationOutcome and anything else as one error answer', () => {
      expect(readInquiryResponse(example('OperationOutcome-InvalidRequestResponse'))).toMatchObject(
        [{ kind: 'error', errors: [{ code: 'invalid' }] }],
      );
      expect(readInquiryResponse('busy')).toEqual([
        {
          kind: 'error',
          errors: [
            {
              message:
                'Expected the $inquire answer (a Parameters or a Bundle), received a string.',
            },
          ],
        },
      ]);
    });
  });

  describe('notifications', () => {
    const notification = example('Bundle-PASSubscriptionNotification') as {
      entry: {
        resource: { parameter: { name: string; valueCode?: string; part?: { name: string }[] }[] };
      }[];
    };

    it('has no events for a heartbeat', () => {
      const heartbeat = structuredClone(notification);
      const status = heartbeat.entry[0]!.resource;
      status.parameter = status.parameter
        .filter((parameter) => parameter.name !== 'notification-event')
        .map((parameter) =>
          parameter.name === 'type' ? { ...parameter, valueCode: 'heartbeat' } : parameter,
        );
      heartbeat.entry = [heartbeat.entry[0]!];
      expect(readNotificationBundle(heartbeat)).toMatchObject({ type: 'heartbeat', events: [] });
    });

    it('says when the focus is not in the notification', () => {
      const idOnly = structuredClone(notification);
      idOnly.entry = [idOnly.entry[0]!];
      const read = readNotificationBundle(idOnly);
      expect(read.events).toHaveLength(1);
      expect(messagesOf(read.events[0]!.answer)).toEqual([
        'The focus http://example.org/Bundle/ReferralAuthorizationResponseBundleExample is not in the notification; PAS notifications carry the full resource.',
      ]);
    });

    it('says when what came is not a notification', () => {
      expect(
        readNotificationBundle(example('Bundle-ReferralAuthorizationResponseBundleExample')),
      ).toEqual({
        events: [
          {
            answer: {
              kind: 'error',
              errors: [
                {
                  message:
                    "The notification's first entry is a ClaimResponse; the backport puts the SubscriptionStatus (a Parameters) first.",
                  location: 'Bundle.entry[0].resource',
                },
              ],
            },
          },
        ],
      });
    });
  });

  describe('item sequences', () => {
    const decided = (...sequences: number[]): PasAnswer => ({
      kind: 'adjudicated',
      items: sequences.map((sequence) => ({
        sequence,
        reviewActionCode: 'A1',
        status: 'certified' as const,
        reasonCodes: [],
      })),
    });

    it('match when every item sent is decided once', () => {
      expect(checkItemSequences([1], decided(1))).toEqual([]);
      expect(checkItemSequences([1], { kind: 'error', errors: [{ message: 'x' }] })).toEqual([]);
    });

    it('name items left undecided, decided twice, or never sent', () => {
      expect(
        checkItemSequences([1, 2], decided(2, 3, 2)).map((problem) => problem.message),
      ).toEqual([
        'Item 1 was sent but the answer has no decision for it.',
        'The answer decides item 3, which was not sent.',
        'The answer decides item 2 more than once.',
      ]);
    });
  });
});
