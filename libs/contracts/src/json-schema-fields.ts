import { type JsonSchema } from './catalogue-entry';

/** One row of a field table: a payload field with its nesting spelt out (`labs[].code`). */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
  /** The allowed values of a field that takes one of a list, or a list of them. */
  readonly values: readonly string[] | undefined;
}

/** The fields of an object schema, nested objects and arrays of objects flattened in order. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    if (typeof property === 'boolean') return [];
    const path = `${prefix}${name}`;
    const items = isSchema(property.items) ? property.items : undefined;
    const row: FieldRow = {
      path,
      type: typeLabel(property),
      required: required.has(name),
      description: property.description ?? '',
      values: enumValues(property) ?? (items && enumValues(items)),
    };
    if (property.type === 'object') return [row, ...fieldRows(property, `${path}.`)];
    if (items?.type === 'object') return [row, ...fieldRows(items, `${path}[].`)];
    return [row];
  });
}

/** A short, readable type: `string (uuid)`, `one of IVIG, SCIG`, `integer > 0`. */
export function typeLabel(schema: JsonSchema): string {
  if (schema.const !== undefined) return code(String(schema.const));
  if (schema.enum) return `one of ${schema.enum.map((value) => code(String(value))).join(', ')}`;
  switch (schema.type) {
    case 'string':
      if (schema.format) return `string (${schema.format})`;
      return schema.pattern ? `string matching ${code(schema.pattern)}` : 'string';
    case 'number':
    case 'integer':
      return `${schema.type}${lowerBound(schema)}`;
    case 'array': {
      const items = isSchema(schema.items) ? typeLabel(schema.items) : 'anything';
      const atLeast = schema.minItems ? `, at least ${schema.minItems}` : '';
      return `array of ${items}${atLeast}`;
    }
    case 'boolean':
    case 'null':
    case 'object':
      return schema.type;
    case undefined:
      return 'any';
    default:
      return schema.type.join(' or ');
  }
}

function enumValues(schema: JsonSchema): string[] | undefined {
  return schema.enum?.map((value) => String(value));
}

function lowerBound(schema: JsonSchema): string {
  if (typeof schema.exclusiveMinimum === 'number') return ` > ${schema.exclusiveMinimum}`;
  if (typeof schema.minimum === 'number' && schema.minimum > Number.MIN_SAFE_INTEGER)
    return ` >= ${schema.minimum}`;
  return '';
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function code(text: string): string {
  return `\`${text}\``;
}
