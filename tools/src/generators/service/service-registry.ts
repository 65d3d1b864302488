import { type Tree } from '@nx/devkit';
import {
  ARCHITECTURE_DOCUMENT,
  type DocumentedService,
  documentedPorts,
  withService,
} from './architecture-document';

// Where the workspace lists its services, besides apps/ itself.
const SERVICE_NAMES = 'libs/contracts/src/topics.ts';
const LINT_CONFIG = 'eslint.config.mjs';

// Services listen from here up (referrals, the first, on 3001).
const FIRST_PORT = 3001;

/**
 * The port a new service listens on by default: the one asked for, else the one the architecture
 * document reserves for its name, else the first port after the apps' own that nobody has.
 */
export function choosePort(tree: Tree, name: string, requested?: number): number {
  const apps = appPorts(tree);
  const owners = new Map([...documentedPorts(readText(tree, ARCHITECTURE_DOCUMENT)), ...apps]);
  const reserved = owners.get(name);
  if (requested !== undefined) {
    const owner = [...owners].find(([other, port]) => port === requested && other !== name);
    if (owner) throw new Error(`Port ${requested} is ${owner[0]}'s; choose another --port.`);
    if (reserved !== undefined && reserved !== requested)
      throw new Error(
        `${ARCHITECTURE_DOCUMENT} gives ${name} port ${reserved}: leave out --port, or change the document first.`,
      );
    return requested;
  }
  if (reserved !== undefined) return reserved;
  const taken = new Set(owners.values());
  let port = Math.max(FIRST_PORT - 1, ...apps.values()) + 1;
  while (taken.has(port)) port++;
  return port;
}

/**
 * Lists the service in the `ServiceName` union (its system actor and event source), among the
 * module-boundary scopes, and in the architecture document. Returns the files it changed.
 */
export function registerService(tree: Tree, service: DocumentedService): string[] {
  const changed = [
    addToQuotedList(
      tree,
      SERVICE_NAMES,
      /export type ServiceName =([^;]*);/,
      service.name,
      (items) => `export type ServiceName = ${items.join(' | ')};`,
    ),
    addToQuotedList(
      tree,
      LINT_CONFIG,
      /const SERVICES = \[([^\]]*)\];/,
      service.name,
      (items) => `const SERVICES = [${items.join(', ')}];`,
    ),
    rewrite(tree, ARCHITECTURE_DOCUMENT, (text) => withService(text, service)),
  ];
  return changed.filter((path): path is string => path !== null);
}

/** Each app's name and default port, as its apps/<app>/src/<app>.service.ts defines them. */
function appPorts(tree: Tree): Map<string, number> {
  const ports = new Map<string, number>();
  for (const app of tree.children('apps')) {
    const src = `apps/${app}/src`;
    for (const file of tree.children(src).filter((child) => child.endsWith('.service.ts'))) {
      const text = readText(tree, `${src}/${file}`);
      const name = /name:\s*'([^']+)'/.exec(text)?.[1];
      const port = /defaultPort:\s*(\d+)/.exec(text)?.[1];
      if (name && port) ports.set(name, Number(port));
    }
  }
  return ports;
}

/** Adds `'name'` to the quoted names `pattern` captures, unless it is there; Prettier lays it out. */
function addToQuotedList(
  tree: Tree,
  path: string,
  pattern: RegExp,
  name: string,
  render: (quoted: string[]) => string,
): string | null {
  return rewrite(tree, path, (text) => {
    const match = pattern.exec(text);
    if (!match) throw new Error(`${path} has no ${pattern.source}; add ${name} there by hand.`);
    const quoted = [...match[1]!.matchAll(/'[^']+'/g)].map(([item]) => item);
    if (quoted.includes(`'${name}'`)) return text;
    return text.replace(match[0], render([...quoted, `'${name}'`]));
  });
}

function rewrite(tree: Tree, path: string, change: (text: string) => string): string | null {
  const text = readText(tree, path);
  const changed = change(text);
  if (changed === text) return null;
  tree.write(path, changed);
  return path;
}

function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing.`);
  return text;
}
