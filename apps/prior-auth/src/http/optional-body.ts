import { ZodValidationPipe } from '@infuse/http';
import { z } from 'zod';

/** A body that may be left out: no body reads as `{}`, and every field is then checked. */
export function optionalBody<Shape extends z.ZodRawShape>(shape: Shape) {
  return new ZodValidationPipe(z.preprocess((body) => body ?? {}, z.strictObject(shape)));
}

/** A body that must be there. */
export function requiredBody<Shape extends z.ZodRawShape>(shape: Shape) {
  return new ZodValidationPipe(z.strictObject(shape));
}
