import { z } from 'zod';

/**
 * One concern's slice of the environment (database, Kafka, auth...). Each section is validated
 * on its own schema, injected under its own token, and composed per app.
 */
export interface ConfigSection<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  readonly name: Name;
  readonly schema: Schema;
  /** Environment variables this section reads, for describing the effective configuration. */
  readonly variables: readonly string[];
  /** Environment variables whose values are never printed. */
  readonly secrets: readonly string[];
  /** Nest injection token for the parsed section. */
  readonly token: symbol;
}

export type SectionValue<S> =
  S extends ConfigSection<string, infer Schema> ? z.output<Schema> : never;

export function defineConfigSection<Name extends string, Schema extends z.ZodType>(
  name: Name,
  schema: Schema,
  options: { secrets?: readonly string[] } = {},
): ConfigSection<Name, Schema> {
  return {
    name,
    schema,
    variables: variablesOf(schema),
    secrets: options.secrets ?? [],
    token: Symbol(`config:${name}`),
  };
}

function variablesOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return variablesOf(schema.in as z.ZodType);
  return [];
}
