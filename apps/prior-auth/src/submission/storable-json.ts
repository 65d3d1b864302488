// PostgreSQL text and jsonb cannot hold U+0000. A payer's answer is stored in part (errors,
// reasons, numbers), so a NUL it sends, which no PAS value needs, is dropped before reading
// rather than failing the transaction that records the answer, again and again.
const NUL_ESCAPE = /\\u0000/gi;

/** JSON text from a payer without the NUL characters it escaped. */
export function withoutNul(text: string): string {
  return text.replace(NUL_ESCAPE, '');
}

/** Parses JSON text from a payer with its NUL characters dropped; undefined when it is not JSON. */
export function parseStorableJson(text: string): unknown {
  try {
    return JSON.parse(withoutNul(text));
  } catch {
    return undefined;
  }
}
