import { type PipeTransform } from '@nestjs/common';
import { type z } from 'zod';
import { type FieldProblem } from '../problems/problem-document';
import { jsonPointer } from './json-pointer';
import { RequestValidationError } from './request-validation.error';

/**
 * Validates and parses a request part with a zod schema: `@Body(new ZodValidationPipe(schema))`.
 * Every issue becomes a field problem with a JSON Pointer, so a client can fix them all at once.
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<
  unknown,
  z.output<Schema>
> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    return parseOrThrow(this.schema, value);
  }
}

export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RequestValidationError(fieldProblemsOf(result.error));
}

export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ pointer: jsonPointer(issue.path), detail: issue.message }));
}
