import { type KafkaConfig } from '@infuse/config';
import { deadLetterTopic } from '@infuse/contracts';
import { createKafkaClient, prefixedTopic } from '../kafka/kafka-client';
import { listDeadLetters, replayDeadLetters } from './dead-letter-store';

/**
 * `npm run dlq -- list <topic>` and `npm run dlq -- replay <topic> [--id <event id>]`.
 * Prints what it did; returns the process exit code.
 */
export async function runDeadLetterCommand(
  args: readonly string[],
  config: KafkaConfig,
  print: (line: string) => void,
): Promise<number> {
  const [command, topicArgument, ...rest] = args;
  if ((command !== 'list' && command !== 'replay') || !topicArgument) {
    print('usage: dlq list <topic> | dlq replay <topic> [--id <event id>]');
    return 2;
  }
  const idFlag = rest.indexOf('--id');
  const eventId = idFlag >= 0 ? rest[idFlag + 1] : undefined;
  const topic = prefixedTopic(config, topicArgument);
  const kafka = createKafkaClient(config, 'dlq-command');
  const letters = await listDeadLetters(kafka, topic);

  if (command === 'list') {
    print(`${letters.length} dead letter(s) in ${deadLetterTopic(topic)}`);
    for (const letter of letters) {
      print(
        [
          letter.failedAt,
          letter.eventId ?? '(no id)',
          letter.type ?? '(no type)',
          `group=${letter.consumerGroup}`,
          `attempts=${letter.attempts}`,
          `${letter.errorType}: ${letter.error}`,
        ].join('  '),
      );
    }
    return 0;
  }
  const selected = eventId ? letters.filter((letter) => letter.eventId === eventId) : letters;
  if (eventId && selected.length === 0) {
    print(`no dead letter with event id ${eventId} in ${deadLetterTopic(topic)}`);
    return 1;
  }
  // A dead letter may appear more than once (it failed again after a replay): send each event once.
  const unique = [
    ...new Map(selected.map((letter) => [letter.eventId ?? letter.offset, letter])).values(),
  ];
  print(`replayed ${await replayDeadLetters(kafka, unique)} event(s) to ${topic}`);
  return 0;
}
