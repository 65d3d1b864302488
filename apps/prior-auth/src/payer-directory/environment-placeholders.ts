/**
 * Expands `${NAME}` and `${NAME:-default}` in a text from the environment, as a shell does; a
 * default may hold placeholders of its own (`${ACME_PAS_URL:-${PAYER_SANDBOX_URL:-http://...}}`),
 * so one payer can be pointed elsewhere while the others follow a shared setting. A placeholder
 * with no value and no default is reported by name, never silently left empty.
 */
export function expandPlaceholders(
  text: string,
  env: Record<string, string | undefined>,
): { value: string; missing: string[] } {
  const missing: string[] = [];
  const [value] = expandFrom(text, 0, env, missing, false);
  return { value, missing };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

// Returns the expansion and the index after what it consumed. Inside a default it stops at the
// `}` that closes the placeholder.
function expandFrom(
  text: string,
  start: number,
  env: Record<string, string | undefined>,
  missing: string[],
  inDefault: boolean,
): [string, number] {
  let out = '';
  let index = start;
  while (index < text.length) {
    if (inDefault && text[index] === '}') return [out, index];
    if (text.startsWith('${', index)) {
      const name = NAME.exec(text.slice(index + 2))?.[0];
      if (!name) throw new PlaceholderSyntaxError(text);
      let cursor = index + 2 + name.length;
      let fallback: string | undefined;
      if (text.startsWith(':-', cursor)) {
        const [expanded, end] = expandFrom(text, cursor + 2, env, missing, true);
        fallback = expanded;
        cursor = end;
      }
      if (text[cursor] !== '}') throw new PlaceholderSyntaxError(text);
      const set = env[name];
      if (set !== undefined && set !== '') out += set;
      else if (fallback !== undefined) out += fallback;
      else missing.push(name);
      index = cursor + 1;
      continue;
    }
    out += text[index];
    index += 1;
  }
  if (inDefault) throw new PlaceholderSyntaxError(text);
  return [out, index];
}

export class PlaceholderSyntaxError extends Error {
  constructor(readonly text: string) {
    super('an unclosed or malformed ${...} placeholder');
    this.name = 'PlaceholderSyntaxError';
  }
}
