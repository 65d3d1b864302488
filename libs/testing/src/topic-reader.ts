import { randomUUID } from 'node:crypto';
import { type Consumer, Kafka, logLevel } from 'kafkajs';

export interface ReadMessage {
  key: string | null;
  headers: Record<string, string>;
  data: unknown;
  partition: number;
  offset: string;
}

/**
 * Reads a topic from the beginning, as a consumer in a group of its own, so a test can check
 * what a service published (and with which headers).
 */
export class TopicReader {
  private readonly consumer: Consumer;
  private readonly messages: ReadMessage[] = [];

  private constructor(readonly topic: string) {
    const kafka = new Kafka({
      clientId: 'topic-reader',
      brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({ groupId: `topic-reader-${randomUUID()}` });
  }

  static async start(topic: string): Promise<TopicReader> {
    const reader = new TopicReader(topic);
    await reader.consumer.connect();
    await reader.consumer.subscribe({ topics: [topic], fromBeginning: true });
    await reader.consumer.run({
      eachMessage: ({ partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {}))
          if (value !== undefined) headers[name] = value.toString();
        reader.messages.push({
          key: message.key?.toString() ?? null,
          headers,
          data: JSON.parse(message.value?.toString() ?? 'null') as unknown,
          partition,
          offset: message.offset,
        });
        return Promise.resolve();
      },
    });
    return reader;
  }

  /** Waits until the messages matching `predicate` number at least `count`, and returns them. */
  async waitFor(
    predicate: (message: ReadMessage) => boolean,
    count = 1,
    timeoutMs = 20_000,
  ): Promise<ReadMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.messages.filter(predicate);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline)
        throw new Error(`only ${matching.length} of ${count} expected messages on ${this.topic}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every message read so far. */
  all(): readonly ReadMessage[] {
    return this.messages;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
