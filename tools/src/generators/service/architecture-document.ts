// docs/architecture.md lists every service twice: a row in the services table and its default
// port in the "Ports" paragraph (`referrals 3001 · prior-auth 3002 · ... · Kafka 127.0.0.1:9092`).

export const ARCHITECTURE_DOCUMENT = 'docs/architecture.md';

export interface DocumentedService {
  name: string;
  schema: string;
  port: number;
}

// The document's line width; Prettier keeps prose as it is written.
const WIDTH = 100;
const SERVICE_PORT = /^([a-z-]+) (\d+)$/;

/** Each service's port as the "Ports" paragraph gives it. */
export function documentedPorts(document: string): Map<string, number> {
  const ports = new Map<string, number>();
  for (const item of portsParagraph(document.split('\n')).items) {
    const match = SERVICE_PORT.exec(item);
    if (match) ports.set(match[1]!, Number(match[2]));
  }
  return ports;
}

/** The document with the service's table row and port, each added only where absent. */
export function withService(document: string, service: DocumentedService): string {
  const lines = document.split('\n');
  addTableRow(lines, service);
  addPort(lines, service);
  return lines.join('\n');
}

function addTableRow(lines: string[], { name, schema }: DocumentedService): void {
  const header = lines.findIndex((line) => /^\|\s*app\s*\|\s*owns/.test(line));
  if (header < 0) throw notFound('the services table (| app | owns (schema) | ...)');
  let end = header + 2;
  while (lines[end]?.startsWith('|')) end++;
  const rows = lines.slice(header + 2, end);
  if (rows.some((row) => row.split('|')[1]?.trim() === `\`${name}\``)) return;
  lines.splice(
    end,
    0,
    `| \`${name}\` | tracked referrals (\`${schema}\`) | — | referrals (accepted) |`,
  );
}

function addPort(lines: string[], { name, port }: DocumentedService): void {
  const { start, end, items } = portsParagraph(lines);
  const services = items.map((item) => SERVICE_PORT.exec(item));
  if (services.some((match) => match?.[1] === name)) return;
  // In port order among the services, before the infrastructure.
  const higher = services.findIndex((match) => match !== null && Number(match[2]) > port);
  const at = higher >= 0 ? higher : services.findLastIndex((match) => match !== null) + 1;
  items.splice(at, 0, `${name} ${port}`);
  lines.splice(start, end - start, ...wrapped(items));
}

function portsParagraph(lines: string[]): { start: number; end: number; items: string[] } {
  const heading = lines.findIndex((line) => line.startsWith('## Ports'));
  if (heading < 0) throw notFound('the "## Ports" section');
  let start = heading + 1;
  while (lines[start]?.trim() === '') start++;
  let end = start;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  const items = lines
    .slice(start, end)
    .join(' ')
    .split('·')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return { start, end, items };
}

/** `a · b · c` filled into lines of at most WIDTH, each but the last ending in `·`. */
function wrapped(items: string[]): string[] {
  const lines: string[] = [];
  let line = '';
  items.forEach((item, index) => {
    const piece = index < items.length - 1 ? `${item} ·` : item;
    if (line !== '' && line.length + 1 + piece.length > WIDTH) {
      lines.push(line);
      line = piece;
    } else {
      line = line === '' ? piece : `${line} ${piece}`;
    }
  });
  return [...lines, line];
}

function notFound(what: string): Error {
  return new Error(`${ARCHITECTURE_DOCUMENT} has no ${what}; add the service there by hand.`);
}
