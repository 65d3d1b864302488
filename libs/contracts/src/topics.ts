/** The deployables that own data and publish events (apps/). */
export type ServiceName =
  'referrals' | 'prior-auth' | 'pharmacy' | 'nursing' | 'workers' | 'payer-sandbox';

/** A Kafka topic: one aggregate stream, keyed by patient id, written by exactly one service. */
export interface TopicDefinition {
  partitions: number;
  producer: ServiceName;
  description: string;
}

/**
 * Every topic, named `<context>.<aggregate>.v<major>`. The key of every message is the patient
 * id, so one patient's events keep their order within a topic (never across topics).
 */
export const TOPICS = {
  'referrals.referral.v1': {
    partitions: 6,
    producer: 'referrals',
    description:
      'The life of a referral: received, documents requested, accepted with everything prior authorization and pharmacy need, rejected or cancelled.',
  },
  'prior-auth.authorization.v1': {
    partitions: 6,
    producer: 'prior-auth',
    description:
      'Prior-authorization requests to payers and their outcomes: submitted, pended, approved with an auth number and validity, denied, expiring.',
  },
  'pharmacy.dispense.v1': {
    partitions: 6,
    producer: 'pharmacy',
    description:
      'Dispense orders: verified by a pharmacist, doses calculated, lots recorded, shipped to the patient.',
  },
  'nursing.visit.v1': {
    partitions: 6,
    producer: 'nursing',
    description:
      'Home infusion visits: scheduled, en route, started, completed or missed, with adverse events.',
  },
  'workers.follow-up.v1': {
    partitions: 6,
    producer: 'workers',
    description:
      'Follow-up tasks that came due or were resolved: missing documents, payer inquiries, expiring authorizations, next cycle, trough labs, missed visits.',
  },
  'workers.assistance-case.v1': {
    partitions: 6,
    producer: 'workers',
    description: 'Copay-assistance cases: screened, enrolled, benefit used, re-enrolment due.',
  },
} as const satisfies Record<string, TopicDefinition>;

export type TopicName = keyof typeof TOPICS;

/** Every topic name, in declaration order. */
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];

/** Where a topic's messages go after their last failed try, or at once if they fail the schema. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** The CloudEvents `source` of every event a service produces, e.g. `/infuse/referrals`. */
export function eventSource(service: ServiceName): string {
  return `/infuse/${service}`;
}
