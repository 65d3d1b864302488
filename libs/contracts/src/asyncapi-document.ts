import { camelCase, catalogueEntry, payloadJsonSchema, type JsonSchema } from './catalogue-entry';
import { cloudEventsHeadersSchema } from './cloud-events-headers';
import { type EventContract } from './event-contract';
import { EVENT_CONTRACTS } from './event-registry';
import { deadLetterTopic, TOPICS, type TopicDefinition } from './topics';

type Reference = { $ref: string };

/** The parts of an AsyncAPI 3.0 document this catalogue uses. */
export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: string;
  servers: Record<string, { host: string; protocol: string; description: string }>;
  channels: Record<string, object>;
  operations: Record<string, object>;
  components: { schemas: Record<string, JsonSchema>; messages: Record<string, object> };
}

const KAFKA_BINDING_VERSION = '0.5.0';
const HEADERS_SCHEMA = 'CloudEventsHeaders';

/**
 * The event catalogue as an AsyncAPI 3.0 document: one channel per topic, one `send` operation
 * per producer and topic, one message per event type. Objects are built in a fixed order, so the
 * same contracts always give the same JSON.
 */
export function renderAsyncApiDocument(
  contracts: readonly EventContract[] = EVENT_CONTRACTS,
  topics: Readonly<Record<string, TopicDefinition>> = TOPICS,
): AsyncApiDocument {
  const entries = contracts.map(catalogueEntry);
  const channels: Record<string, object> = {};
  const operations: Record<string, object> = {};
  for (const [topic, definition] of Object.entries(topics)) {
    const channelId = camelCase(topic);
    const messageIds = entries.filter((e) => e.contract.topic === topic).map((e) => e.messageId);
    channels[channelId] = {
      address: topic,
      title: topic,
      description: `${definition.description} Keyed by patient id. Dead letters go to \`${deadLetterTopic(topic)}\`.`,
      messages: Object.fromEntries(
        messageIds.map((id) => [id, ref(`#/components/messages/${id}`)]),
      ),
      bindings: {
        kafka: { topic, partitions: definition.partitions, bindingVersion: KAFKA_BINDING_VERSION },
      },
    };
    operations[`send${capitalise(channelId)}`] = {
      action: 'send',
      channel: ref(`#/channels/${channelId}`),
      title: `${definition.producer} publishes ${topic}`,
      tags: [{ name: definition.producer }],
      messages: messageIds.map((id) => ref(`#/channels/${channelId}/messages/${id}`)),
    };
  }
  const messages: Record<string, object> = {};
  for (const entry of entries) {
    const { contract } = entry;
    const key = entry.keyField ? entry.payload.properties?.[entry.keyField] : undefined;
    messages[entry.messageId] = {
      name: contract.type,
      title: contract.type,
      summary: contract.summary,
      contentType: 'application/json',
      correlationId: {
        description: 'The referral the event belongs to.',
        location: '$message.header#/ce_correlationid',
      },
      headers: {
        allOf: [
          ref(`#/components/schemas/${HEADERS_SCHEMA}`),
          {
            type: 'object',
            properties: {
              ce_type: { const: contract.type },
              ce_source: { const: contract.source },
            },
          },
        ],
      },
      payload: entry.payload,
      bindings: {
        kafka: {
          key: { type: 'string', description: 'The patient id.', ...(isObject(key) ? key : {}) },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
      examples: [
        {
          name: 'maren-okafor',
          summary: 'The fictional patient Maren Okafor: CVID, Privigen 0.5 g/kg every 28 days.',
          headers: entry.exampleHeaders,
          payload: contract.example,
        },
      ],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Infuse events',
      version: '1',
      description:
        'Every event Infuse services publish, generated from libs/contracts. Events are CloudEvents 1.0 in Kafka binary mode: attributes as `ce_` headers, the JSON payload as the message value, the patient id as the key. Readers ignore fields they do not know; a breaking change is a new `.vN` type.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The single-node KRaft broker that `npm start` runs from infra/kafka.',
      },
    },
    channels,
    operations,
    components: {
      schemas: { [HEADERS_SCHEMA]: payloadJsonSchema(cloudEventsHeadersSchema) },
      messages,
    },
  };
}

/** The document as the text of docs/asyncapi.json. */
export function renderAsyncApiJson(document: AsyncApiDocument = renderAsyncApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function ref(pointer: string): Reference {
  return { $ref: pointer };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
