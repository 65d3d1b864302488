import type { Subscription } from 'fhir/r4';
import { errorAt, type PasIssue } from '../issues/pas-issue';
import { extensionOf } from '../../fhir/fhir-elements';
import { asRecord, asString, copyOf, type JsonRecord } from '../../fhir/json-values';
import { BACKPORT_URLS, PAS_SUBSCRIPTION_TOPIC } from '../../pas-vocabulary';

/** What the payer keeps of a PAS Subscription: where to post, and for which provider org. */
export interface SubscriptionRequest {
  /** The rest-hook endpoint: an absolute http(s) URL. */
  readonly endpoint: string;
  /** The `orgIdentifier` filter [PAS topic], when the subscriber narrows it to one organization. */
  readonly orgIdentifier?: string;
  /** The Subscription as sent, to answer with. */
  readonly resource: JsonRecord;
}

export type SubscriptionCheck =
  | { readonly valid: true; readonly subscription: SubscriptionRequest }
  | { readonly valid: false; readonly issues: readonly PasIssue[] };

const JSON_PAYLOADS = ['application/fhir+json', 'application/json'];

/**
 * Reads a Subscription to the PAS topic (Subscriptions Backport for R4) [PAS-SPEC]: rest-hook
 * to an http(s) endpoint, full-resource JSON payloads (PAS notifications carry the whole
 * response Bundle), optionally filtered by `orgIdentifier`. Every problem at once.
 */
export function readSubscription(body: unknown): SubscriptionCheck {
  const resource = asRecord(body);
  if (resource?.['resourceType'] !== 'Subscription') {
    const type = asString(resource?.['resourceType']);
    return {
      valid: false,
      issues: [
        errorAt(
          type ?? 'Subscription',
          'structure',
          `expected a Subscription${type ? `, got a ${type}` : ''}`,
        ),
      ],
    };
  }
  const issues: PasIssue[] = [];
  if (resource['criteria'] !== PAS_SUBSCRIPTION_TOPIC)
    issues.push(
      errorAt('Subscription.criteria', 'value', `must be the PAS topic ${PAS_SUBSCRIPTION_TOPIC}`),
    );
  const channel = asRecord(resource['channel']);
  if (channel?.['type'] !== 'rest-hook')
    issues.push(
      errorAt('Subscription.channel.type', 'not-supported', 'only rest-hook is supported'),
    );
  const endpoint = httpUrl(channel?.['endpoint']);
  if (!endpoint)
    issues.push(
      errorAt(
        'Subscription.channel.endpoint',
        'required',
        'must be an absolute http or https URL of at most 2,000 characters',
      ),
    );
  const payload = asString(channel?.['payload']);
  if (payload && !JSON_PAYLOADS.includes(payload))
    issues.push(
      errorAt(
        'Subscription.channel.payload',
        'not-supported',
        'notifications are sent as application/fhir+json',
      ),
    );
  const content = extensionOf(asRecord(channel?.['_payload']), BACKPORT_URLS.payloadContent)?.[
    'valueCode'
  ];
  if (content !== undefined && content !== 'full-resource')
    issues.push(
      errorAt(
        'Subscription.channel.payload.extension',
        'not-supported',
        'PAS notifications carry the full resource',
      ),
    );
  const filter = filterOf(resource, issues);
  if (issues.length > 0 || !endpoint) return { valid: false, issues };
  return {
    valid: true,
    subscription: { endpoint, ...(filter ? { orgIdentifier: filter } : {}), resource },
  };
}

/** The Subscription as the payer answers it: with its id and active. */
export function activeSubscription(request: SubscriptionRequest, id: string): Subscription {
  return {
    ...copyOf<Subscription>(request.resource),
    id,
    status: 'active',
  };
}

// Longer than any endpoint a provider runs; it is stored under an index.
const MAX_ENDPOINT_LENGTH = 2_000;

function httpUrl(value: unknown): string | undefined {
  const text = asString(value);
  if (!text || text.length > MAX_ENDPOINT_LENGTH) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

// The PAS topic filters by one parameter only: `orgIdentifier=<the provider org's identifier>`.
function filterOf(resource: JsonRecord, issues: PasIssue[]): string | undefined {
  const criteria = extensionOf(asRecord(resource['_criteria']), BACKPORT_URLS.filterCriteria);
  if (!criteria) return undefined;
  const match = /^orgIdentifier=(.+)$/.exec(asString(criteria['valueString']) ?? '');
  if (!match?.[1]) {
    issues.push(
      errorAt(
        'Subscription.criteria.extension',
        'not-supported',
        'the PAS topic filters by orgIdentifier=<identifier> only',
      ),
    );
    return undefined;
  }
  return match[1];
}
