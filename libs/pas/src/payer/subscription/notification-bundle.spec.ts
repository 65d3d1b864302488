import { readFixture } from '@infuse/testing';
import type { Bundle } from 'fhir/r4';
import { fhirJsonProblems } from '../testing/fhir-json.testing';
import { buildNotificationBundle } from './notification-bundle';

// The official PAS examples (libs/testing/fixtures/pas), a fresh copy on every call.
const officialNotification = (): unknown =>
  readFixture('pas/Bundle-PASSubscriptionNotification.json');

const response: Bundle = {
  resourceType: 'Bundle',
  id: 'c2d7e5a4-91b3-4c4e-8f1e-0d9b7a6c5e21',
  type: 'collection',
};

describe('buildNotificationBundle', () => {
  const notification = buildNotificationBundle(response, {
    subscriptionId: '5d3c',
    eventNumber: 3,
    timestamp: '2026-03-02T14:05:00.000Z',
    notificationId: '9f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
    statusId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  });

  it('has the shape of the official notification: a history Bundle, status first, the answer second', () => {
    const official = officialNotification() as Bundle;
    expect(notification.type).toBe(official.type);
    expect(notification.entry?.map((entry) => entry.resource?.resourceType)).toEqual(
      official.entry?.map((entry) => entry.resource?.resourceType),
    );
    expect(notification.entry?.map((entry) => entry.response?.status)).toEqual(['200', '200']);
  });

  it('is valid FHIR JSON (no empty arrays, objects or strings, no nulls)', () => {
    expect(fhirJsonProblems(notification)).toEqual([]);
  });

  it('names the subscription, the PAS topic and the event, whose focus is the full response Bundle', () => {
    const status = notification.entry?.[0]?.resource;
    expect(status).toMatchObject({
      resourceType: 'Parameters',
      parameter: expect.arrayContaining([
        { name: 'subscription', valueReference: { reference: 'Subscription/5d3c' } },
        {
          name: 'topic',
          valueCanonical:
            'http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic',
        },
        { name: 'type', valueCode: 'event-notification' },
        {
          name: 'notification-event',
          part: [
            { name: 'event-number', valueString: '3' },
            { name: 'timestamp', valueInstant: '2026-03-02T14:05:00.000Z' },
            {
              name: 'focus',
              valueReference: { reference: 'urn:uuid:c2d7e5a4-91b3-4c4e-8f1e-0d9b7a6c5e21' },
            },
          ],
        },
      ]),
    });
    expect(notification.entry?.[1]).toMatchObject({
      fullUrl: 'urn:uuid:c2d7e5a4-91b3-4c4e-8f1e-0d9b7a6c5e21',
      resource: response,
    });
  });
});
