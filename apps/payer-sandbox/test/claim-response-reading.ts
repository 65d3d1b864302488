import { PAS_EXTENSIONS } from '@infuse/pas';

// Reading a sandbox answer in the e2e tests: the ClaimResponse a response Bundle leads with, and
// the X12 306 review action PAS puts on each of its items.

type Json = Record<string, unknown>;

/** The first ClaimResponse of a response Bundle. */
export function claimResponseOf(bundle: unknown): Json {
  const entries = (bundle as { entry?: { resource: Json }[] }).entry ?? [];
  const [first] = entries;
  if (first?.resource['resourceType'] !== 'ClaimResponse')
    throw new Error('no ClaimResponse first');
  return first.resource;
}

/** Each item's X12 306 review action code and its number, in item order. */
export function reviewActions(
  bundle: unknown,
): { sequence: unknown; code: unknown; number: unknown }[] {
  const items = (claimResponseOf(bundle)['item'] as Json[] | undefined) ?? [];
  return items.map((item) => {
    const adjudication = (item['adjudication'] as Json[])[0] ?? {};
    const action = ((adjudication['extension'] as Json[]) ?? []).find(
      (extension) => extension['url'] === PAS_EXTENSIONS.reviewAction,
    );
    const parts = (action?.['extension'] as Json[]) ?? [];
    const code = parts.find((part) => part['url'] === PAS_EXTENSIONS.reviewActionCode);
    const number = parts.find((part) => part['url'] === 'number');
    return {
      sequence: item['itemSequence'],
      code: ((code?.['valueCodeableConcept'] as Json)?.['coding'] as Json[])?.[0]?.['code'],
      number: number?.['valueString'],
    };
  });
}
