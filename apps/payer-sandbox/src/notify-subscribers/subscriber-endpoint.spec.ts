import {
  endpointParts,
  parseSubscriberTargetName,
  subscriberTargetName,
} from './subscriber-endpoint';

// How the outbound-call client joins a target's base and a call's path (call-target.ts urlOf).
const joined = ({ baseUrl, path }: { baseUrl: string; path: string }) =>
  new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();

describe('endpointParts', () => {
  it.each([
    'http://127.0.0.1:4010/pas/notifications',
    'https://provider.example/fhir/notify?channel=pas&x=1',
    'http://127.0.0.1:4010/',
    'http://127.0.0.1:4010',
    'https://provider.example/hooks/a:b',
  ])('joins back into exactly %s', (endpoint) => {
    expect(joined(endpointParts(endpoint))).toBe(new URL(endpoint).toString());
  });
});

describe('subscriber target names', () => {
  it('carry the subscription and the payer, and read back', () => {
    const name = subscriberTargetName('6f1c', 'acme-health');
    expect(name).toBe('subscriber:6f1c:acme-health');
    expect(parseSubscriberTargetName(name)).toEqual({
      subscriptionId: '6f1c',
      payerId: 'acme-health',
    });
  });

  it.each(['payer:acme-health', 'subscriber:6f1c', 'subscriber:a:b:c'])('refuse %s', (name) => {
    expect(parseSubscriberTargetName(name)).toBeUndefined();
  });
});
