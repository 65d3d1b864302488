// npm run console:bundle: what the console's browser downloads. Builds the console, then reads
// each JavaScript chunk's source map to say how many of its bytes each package brought, and
// prints the chunks (gzip, as served) and the largest dependencies. A package's gzip share is
// its share of its chunk's minified bytes applied to the chunk's gzip size: an estimate, since
// gzip compresses some code better than other.
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildConsole, ROOT } from './lib/build.mjs';

const DIST = join(ROOT, 'dist', 'apps', 'console');
const ASSETS = join(DIST, 'assets');
const LARGEST = 12;

/** The package a source file belongs to: an npm package, a workspace library, or the console. */
function packageOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const library = /libs\/([^/]+)\//.exec(source);
  if (library) return `@infuse/${library[1]} (workspace)`;
  return 'console (own code)';
}

/** The console's role whose pages a chunk holds, read from its sources. */
function roleOf(sources) {
  const roles = new Set(
    sources.map((source) => /features\/([^/]+)\//.exec(source)?.[1]).filter(Boolean),
  );
  return roles.size === 1 ? [...roles][0] : roles.size > 1 ? 'shared' : '';
}

/** Minified bytes of a chunk by package, from its source map's segments. */
function bytesByPackage(code, map) {
  const traced = new TraceMap(map);
  const lines = code.split('\n');
  const bytes = new Map();
  decodedMappings(traced).forEach((segments, line) => {
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.[0] ?? lines[line].length;
      const owner = segment.length > 1 ? packageOf(traced.sources[segment[1]] ?? '') : 'unmapped';
      bytes.set(owner, (bytes.get(owner) ?? 0) + (end - segment[0]));
    });
  });
  return bytes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  buildConsole();
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const chunks = readdirSync(ASSETS)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const code = readFileSync(join(ASSETS, file), 'utf8');
      const gzip = gzipSync(code, { level: 9 }).length;
      const map = file.endsWith('.js')
        ? JSON.parse(readFileSync(join(ASSETS, `${file}.map`), 'utf8'))
        : null;
      return {
        file,
        raw: Buffer.byteLength(code),
        gzip,
        loadedFirst: index.includes(`assets/${file}`),
        role: map ? roleOf(map.sources) : '',
        packages: map
          ? bytesByPackage(code, map)
          : new Map([['@mantine/core styles', Buffer.byteLength(code)]]),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);

  console.log('Chunks (gzip as served; "first" = loaded by index.html on every opening)');
  for (const chunk of chunks)
    console.log(
      `  ${chunk.file.padEnd(44)} ${kb(chunk.raw).padStart(10)} ${kb(chunk.gzip).padStart(10)} gzip  ${chunk.loadedFirst ? 'first' : chunk.role ? `pages of: ${chunk.role}` : 'on demand'}`,
    );
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const first = chunks
    .filter((chunk) => chunk.loadedFirst)
    .reduce((sum, chunk) => sum + chunk.gzip, 0);
  console.log(`  total ${kb(total)} gzip; loaded first ${kb(first)} gzip`);

  const byPackage = new Map();
  for (const chunk of chunks) {
    const mapped = [...chunk.packages.values()].reduce((sum, bytes) => sum + bytes, 0);
    for (const [name, bytes] of chunk.packages) {
      const entry = byPackage.get(name) ?? { raw: 0, gzip: 0 };
      entry.raw += bytes;
      entry.gzip += (bytes / mapped) * chunk.gzip;
      byPackage.set(name, entry);
    }
  }
  console.log(`Largest dependencies (minified, estimated gzip)`);
  [...byPackage]
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .slice(0, LARGEST)
    .forEach(([name, size]) =>
      console.log(
        `  ${name.padEnd(36)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)} gzip`,
      ),
    );
}

main();
