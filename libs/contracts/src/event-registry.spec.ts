import { payloadJsonSchema } from './catalogue-entry';
import { type EventContract } from './event-contract';
import { contractFor, EVENT_CONTRACTS } from './event-registry';
import { eventSource, TOPICS } from './topics';

const byType = EVENT_CONTRACTS.map((contract) => [contract.type, contract] as const);

function exampleRecord(contract: EventContract): Record<string, unknown> {
  return contract.example as Record<string, unknown>;
}

describe('every event contract', () => {
  it.each(byType)('%s: its example parses with its schema, unchanged', (_type, contract) => {
    expect(contract.schema.parse(contract.example)).toEqual(contract.example);
  });

  it.each(byType)('%s: its type is org.infuse.<aggregate>.<verb-past>.v<n>', (type) => {
    expect(type).toMatch(/^org\.infuse\.[a-z-]+\.[a-z-]+\.v\d+$/);
  });

  it.each(byType)('%s: its topic exists and its major version matches it', (type, contract) => {
    expect(Object.keys(TOPICS)).toContain(contract.topic);
    expect(type.split('.').pop()).toBe(contract.topic.split('.').pop());
  });

  it.each(byType)('%s: its source is its topic producer', (_type, contract) => {
    expect(contract.source).toBe(eventSource(TOPICS[contract.topic].producer));
  });

  it.each(byType)('%s: its key is the patient id of its data', (_type, contract) => {
    const example = exampleRecord(contract);
    expect(typeof example['patientId']).toBe('string');
    expect(contract.keyOf(contract.example)).toBe(example['patientId']);
  });

  it.each(byType)(
    '%s: records when it happened in one <verb-past>At instant',
    (_type, contract) => {
      const instants = Object.keys(exampleRecord(contract)).filter((key) => /^[a-z]+At$/.test(key));
      expect(instants).toHaveLength(1);
    },
  );

  it.each(byType)('%s: tolerates fields it does not know, and drops them', (_type, contract) => {
    const parsed = contract.schema.parse({ ...exampleRecord(contract), addedInAMinor: true });
    expect(parsed).toEqual(contract.example);
  });

  it.each(byType)('%s: publishes a JSON Schema that allows added fields', (_type, contract) => {
    const json = JSON.stringify(payloadJsonSchema(contract.schema));
    expect(json).not.toContain('"additionalProperties":false');
  });

  it.each(byType)('%s: rejects data without a patient id', (_type, contract) => {
    const data = { ...exampleRecord(contract) };
    delete data['patientId'];
    expect(contract.schema.safeParse(data).success).toBe(false);
  });
});

describe('the registry', () => {
  it('holds each type once', () => {
    const types = EVENT_CONTRACTS.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
  });

  it('finds a contract by its type, and nothing for an unknown type', () => {
    expect(contractFor('org.infuse.referral.accepted.v1')?.topic).toBe('referrals.referral.v1');
    expect(contractFor('org.infuse.referral.accepted.v9')).toBeUndefined();
  });
});
