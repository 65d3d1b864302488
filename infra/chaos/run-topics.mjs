// Every message of the run's topics, read from the beginning to the end with a throwaway group:
// the events (one entry per message, so a redelivered id shows up as often as it was appended)
// and the dead letters with their headers.
import { benchKafka } from '../bench/chain/kafka-admin.mjs';
import { requireBuilt } from '../scripts/lib/build.mjs';

const text = (value) =>
  value === undefined || value === null ? undefined : value.toString('utf8');

function parsed(value) {
  try {
    return value ? JSON.parse(value.toString('utf8')) : undefined;
  } catch {
    return undefined; // an unreadable message: its dead letter says so
  }
}

export async function readRunTopics(prefix) {
  const { readTopicsToEnd } = requireBuilt('@infuse/messaging');
  const kafka = benchKafka(`${prefix}chaos-check`);
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix)).sort();
  await admin.disconnect();
  const messages = [];
  const deadLetters = [];
  await readTopicsToEnd(
    kafka,
    topics,
    (message, topic, partition) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, text(value)]),
      );
      const entry = {
        topic,
        partition,
        offset: message.offset,
        id: headers.ce_id,
        type: headers.ce_type,
        correlationId: headers.ce_correlationid,
        headers,
        data: parsed(message.value),
      };
      (topic.endsWith('.dlq') ? deadLetters : messages).push(entry);
    },
    { purpose: `${prefix}chaos-check`, timeoutMs: 300_000 },
  );
  return { topics, messages, deadLetters };
}
