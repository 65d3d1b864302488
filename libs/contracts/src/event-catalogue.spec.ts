/* eslint-disable no-restricted-imports -- the one place that reads and writes the generated docs;
   the library itself renders strings and stays free of I/O. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsyncApiDocument, renderAsyncApiJson } from './asyncapi-document';
import { catalogueEntry } from './catalogue-entry';
import { cloudEventsHeadersSchema } from './cloud-events-headers';
import { EVENT_CONTRACTS } from './event-registry';
import { renderEventsMarkdown } from './events-markdown';

// Regenerate with: UPDATE_CATALOGUE=1 npx jest -c libs/contracts/jest.config.js event-catalogue
const DOCS = join(__dirname, '..', '..', '..', 'docs');
const ASYNCAPI = join(DOCS, 'asyncapi.json');
const MARKDOWN = join(DOCS, 'events.md');
const updating = process.env['UPDATE_CATALOGUE'] === '1';

describe('the event catalogue', () => {
  const document = renderAsyncApiDocument();

  if (updating) {
    it('is written to docs/asyncapi.json and docs/events.md', () => {
      writeFileSync(ASYNCAPI, renderAsyncApiJson(document));
      writeFileSync(MARKDOWN, renderEventsMarkdown());
    });
  }

  // Compared as data, not text, so Prettier may lay the JSON out as it likes.
  it('docs/asyncapi.json is up to date (else run with UPDATE_CATALOGUE=1)', () => {
    expect(JSON.parse(readFileSync(ASYNCAPI, 'utf8'))).toEqual(
      JSON.parse(renderAsyncApiJson(document)),
    );
  });

  it('docs/events.md is up to date (else run with UPDATE_CATALOGUE=1)', () => {
    expect(readFileSync(MARKDOWN, 'utf8')).toBe(renderEventsMarkdown());
  });

  it('renders the same document twice', () => {
    expect(renderAsyncApiJson(renderAsyncApiDocument())).toBe(renderAsyncApiJson(document));
  });

  it('resolves every $ref in the AsyncAPI document', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const match of refs) {
      const pointer = match.slice('"$ref":"'.length, -1);
      const target = pointer
        .slice(2)
        .split('/')
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown> | undefined)?.[key],
          document,
        );
      expect({ pointer, resolved: target !== undefined }).toEqual({ pointer, resolved: true });
    }
  });

  it('uses ids AsyncAPI allows for channels, operations and messages', () => {
    const ids = [
      ...Object.keys(document.channels),
      ...Object.keys(document.operations),
      ...Object.keys(document.components.messages),
    ];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each(EVENT_CONTRACTS.map((contract) => [contract.type, contract] as const))(
    '%s: its example headers are a valid envelope for it',
    (type, contract) => {
      const headers = cloudEventsHeadersSchema.parse(catalogueEntry(contract).exampleHeaders);
      expect(headers.ce_type).toBe(type);
      expect(headers.ce_source).toBe(contract.source);
      expect(headers.ce_subject).toBe(contract.keyOf(contract.example));
    },
  );
});
