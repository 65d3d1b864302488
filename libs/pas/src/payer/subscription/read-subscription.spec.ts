import { readFixture } from '@infuse/testing';
import { BACKPORT_URLS } from '../../pas-vocabulary';
import { activeSubscription, readSubscription } from './read-subscription';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialSubscription = (): unknown =>
  readFixture('pas/Subscription-PASSubscriptionExample.json');

type Json = Record<string, unknown>;

describe('readSubscription', () => {
  it('reads the official PAS Subscription: its endpoint and its orgIdentifier filter', () => {
    const check = readSubscription(officialSubscription());
    expect(check.valid && check.subscription).toMatchObject({
      endpoint: 'http://example.org/send-me-subscription-notifications',
      orgIdentifier: '1234567893',
    });
  });

  it('answers it active, with its id', () => {
    const check = readSubscription(officialSubscription());
    if (!check.valid) throw new Error('refused');
    expect(activeSubscription(check.subscription, 'a7b8')).toMatchObject({
      resourceType: 'Subscription',
      id: 'a7b8',
      status: 'active',
      channel: { endpoint: 'http://example.org/send-me-subscription-notifications' },
    });
  });

  it('lists every problem at once, each where it is', () => {
    const subscription = officialSubscription() as Json;
    subscription['criteria'] = 'Claim?status=active';
    subscription['channel'] = {
      type: 'websocket',
      endpoint: 'ftp://example.org/x',
      payload: 'application/xml',
    };
    subscription['_criteria'] = {
      extension: [
        {
          url: BACKPORT_URLS.filterCriteria,
          valueString: 'patient=123',
        },
      ],
    };
    const check = readSubscription(subscription);
    expect(check.valid ? [] : check.issues.map((issue) => issue.expression)).toEqual([
      'Subscription.criteria',
      'Subscription.channel.type',
      'Subscription.channel.endpoint',
      'Subscription.channel.payload',
      'Subscription.criteria.extension',
    ]);
  });

  it('refuses another resource at its root', () => {
    const check = readSubscription({ resourceType: 'Bundle' });
    expect(check.valid ? [] : check.issues.map((issue) => issue.expression)).toEqual(['Bundle']);
  });
});
