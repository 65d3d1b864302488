import { type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { type z } from 'zod';
import { type FieldProblem } from '../problems/problem-document';
import { jsonPointer } from './json-pointer';
import { RequestValidationError } from './request-validation.error';

/**
 * Validates and parses a request body or query with a zod schema:
 * `@Body(new ZodValidationPipe(schema))`, `@Query(new ZodValidationPipe(schema))`. Every issue
 * becomes a field problem (a JSON Pointer into a body, the name of a query parameter), so a
 * client can fix them all at once.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<
  unknown,
  z.output<Schema>
> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<Schema> {
    return parseOrThrow(this.schema, value, metadata.type === 'query' ? 'query' : 'body');
  }
}

/**
 * Validation whose schema depends on the date ("not in the future", "at most 180 days ago"): a
 * subclass says what day it is and builds the schema for a day, which is kept until the day
 * changes. Subclasses are injectable and take the settings and clock they need:
 * `@Body(SubmissionBodyPipe)`.
 */
export abstract class DatedZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<
  unknown,
  z.output<Schema>
> {
  private built?: { day: string; schema: Schema };

  /** Today, as the schema's rules count days (e.g. in the pharmacy's time zone). */
  protected abstract today(): string;

  protected abstract schemaFor(today: string): Schema;

  transform(value: unknown, metadata: ArgumentMetadata): z.output<Schema> {
    const today = this.today();
    if (this.built?.day !== today) this.built = { day: today, schema: this.schemaFor(today) };
    return parseOrThrow(this.built.schema, value, metadata.type === 'query' ? 'query' : 'body');
  }
}

export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part: 'body' | 'query' = 'body',
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RequestValidationError(fieldProblemsOf(result.error, part));
}

export function fieldProblemsOf(
  error: z.ZodError,
  part: 'body' | 'query' = 'body',
): FieldProblem[] {
  return error.issues.map((issue) =>
    part === 'query'
      ? { parameter: String(issue.path[0] ?? ''), detail: issue.message }
      : { pointer: jsonPointer(issue.path), detail: issue.message },
  );
}
