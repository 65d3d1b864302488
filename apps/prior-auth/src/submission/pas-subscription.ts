import { type Subscription } from 'fhir/r4';
import { PAS_PROFILES } from '@infuse/pas';

/** The PAS subscription topic: final decisions on pended requests [PAS-SPEC]. */
export const PAS_SUBSCRIPTION_TOPIC =
  'http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic';

const BACKPORT = 'http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition';

/**
 * A PAS Subscription (R4 Subscriptions Backport, rest-hook, full resources), modelled on the IG's
 * PASSubscriptionExample: the payer posts each decision's notification Bundle to `endpoint`, for
 * the requests of the pharmacy alone (the topic's `orgIdentifier` filter, its NPI).
 */
export function pasSubscription(
  endpoint: string,
  pharmacy: { name: string; npi: string },
): Subscription {
  return {
    resourceType: 'Subscription',
    meta: { profile: [PAS_PROFILES.subscription] },
    status: 'requested',
    reason: `Final decisions on pended prior-authorization requests of ${pharmacy.name}`,
    criteria: PAS_SUBSCRIPTION_TOPIC,
    _criteria: {
      extension: [
        {
          url: `${BACKPORT}/backport-filter-criteria`,
          valueString: `orgIdentifier=${pharmacy.npi}`,
        },
      ],
    },
    channel: {
      type: 'rest-hook',
      endpoint,
      payload: 'application/fhir+json',
      _payload: {
        extension: [{ url: `${BACKPORT}/backport-payload-content`, valueCode: 'full-resource' }],
      },
    },
  };
}
