/** A path into a JSON body as a URI-fragment JSON Pointer: ['a', 0, 'b/c'] → '#/a/0/b~1c'. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  const tokens = path.map((segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1'));
  return tokens.length === 0 ? '#' : `#/${tokens.join('/')}`;
}
