import { catalogueEntry, payloadJsonSchema, type CatalogueEntry } from './catalogue-entry';
import { cloudEventsHeadersSchema } from './cloud-events-headers';
import { type EventContract } from './event-contract';
import { EVENT_CONTRACTS } from './event-registry';
import { fieldRows, type FieldRow } from './json-schema-fields';
import { deadLetterTopic, eventSource, TOPICS, type TopicDefinition } from './topics';

/**
 * The event catalogue as docs/events.md: the envelope headers, then per topic a table of its
 * event types and per type a table of its payload fields. Tables come out aligned the way
 * Prettier aligns them, so formatting the docs leaves the file as generated.
 */
export function renderEventsMarkdown(
  contracts: readonly EventContract[] = EVENT_CONTRACTS,
  topics: Readonly<Record<string, TopicDefinition>> = TOPICS,
): string {
  const entries = contracts.map(catalogueEntry);
  const lines: string[] = [
    '# Event catalogue',
    '',
    '<!-- Generated from libs/contracts; do not edit. Regenerate: UPDATE_CATALOGUE=1 npx jest -c libs/contracts/jest.config.js event-catalogue -->',
    '',
    'Every event Infuse services publish, from the schemas in `libs/contracts`. The same catalogue as an AsyncAPI 3 document: [asyncapi.json](asyncapi.json).',
    '',
    "Events are CloudEvents 1.0 in Kafka binary mode: attributes as headers, the JSON payload as the message value, the patient id as the message key, so one patient's events keep their order within a topic. Readers ignore fields they do not know; changes are additive, and a breaking change is a new `.vN` type.",
    '',
    '## Headers',
    '',
    fieldTable(fieldRows(payloadJsonSchema(cloudEventsHeadersSchema)), 'header'),
    '',
    '## Topics',
    '',
    table(
      ['topic', 'producer', 'partitions', 'dead letters', 'event types'],
      Object.entries(topics).map(([topic, definition]) => [
        code(topic),
        definition.producer,
        String(definition.partitions),
        code(deadLetterTopic(topic)),
        String(entries.filter((entry) => entry.contract.topic === topic).length),
      ]),
    ),
  ];
  for (const [topic, definition] of Object.entries(topics)) {
    lines.push('', ...topicSection(topic, definition, entries));
  }
  return `${lines.join('\n')}\n`;
}

function topicSection(
  topic: string,
  definition: TopicDefinition,
  entries: readonly CatalogueEntry[],
): string[] {
  const onTopic = entries.filter((entry) => entry.contract.topic === topic);
  const lines = [
    `## ${code(topic)}`,
    '',
    definition.description,
    '',
    `Produced by ${code(definition.producer)} (source ${code(eventSource(definition.producer))}), ${definition.partitions} partitions.`,
    '',
  ];
  if (onTopic.length === 0) return [...lines, 'No event types yet.'];
  lines.push(
    table(
      ['type', 'summary', 'key'],
      onTopic.map((entry) => [
        code(entry.contract.type),
        entry.contract.summary,
        entry.keyField ? code(entry.keyField) : 'computed',
      ]),
    ),
  );
  for (const entry of onTopic) {
    lines.push(
      '',
      `### ${code(entry.contract.type)}`,
      '',
      entry.contract.summary,
      '',
      fieldTable(fieldRows(entry.payload), 'field'),
    );
  }
  return lines;
}

// Beyond this many values an enum is listed under the table, so the table stays readable.
const INLINE_VALUES = 8;

function fieldTable(rows: readonly FieldRow[], label: string): string {
  const listed = rows.filter((row) => (row.values?.length ?? 0) > INLINE_VALUES);
  const fields = table(
    [label, 'type', 'required', 'description'],
    rows.map((row) => [
      code(row.path),
      listed.includes(row) ? listedType(row) : row.type,
      row.required ? 'yes' : 'no',
      row.description,
    ]),
  );
  if (listed.length === 0) return fields;
  const values = listed.map(
    (row) => `- ${code(row.path)}: ${(row.values ?? []).map((value) => code(value)).join(', ')}`,
  );
  return [fields, '', ...values].join('\n');
}

function listedType(row: FieldRow): string {
  return row.type.startsWith('array') ? 'array of the values below' : 'one of the values below';
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escaped = rows.map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...escaped.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...escaped.map(line)].join(
    '\n',
  );
}

function code(text: string): string {
  return `\`${text}\``;
}
