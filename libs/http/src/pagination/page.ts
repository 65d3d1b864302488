import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { type KeysetCursor } from './keyset-cursor';

/** How many items a page holds unless the client asks for fewer or more, and at most. */
export const PAGE_SIZE = { default: 25, max: 100 } as const;

/** A page of a list and the cursor of the next one (null on the last page). */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * The `cursor` and `limit` query parameters of a paged list, to spread into the route's query
 * schema: `z.object({ status: ..., ...pageQuery(cursor) })`. A cursor that is not the
 * `nextCursor` of a previous page is a bad field.
 */
export function pageQuery(cursor: KeysetCursor) {
  return {
    cursor: z
      .string()
      .max(cursor.maxLength)
      .transform((text, context) => {
        const position = cursor.decode(text);
        if (!position)
          context.addIssue({ code: 'custom', message: 'not a cursor from a previous page' });
        return position ?? z.NEVER;
      })
      .optional(),
    limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).default(PAGE_SIZE.default),
  };
}

/** The OpenAPI description of `pageQuery`'s parameters. */
export function ApiPageQuery(): MethodDecorator {
  return applyDecorators(
    ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' }),
    ApiQuery({
      name: 'limit',
      required: false,
      description: `1-${PAGE_SIZE.max}, default ${PAGE_SIZE.default}`,
    }),
  );
}

/**
 * A page of `limit` items from rows fetched with `LIMIT limit + 1`: the extra row, when there is
 * one, only says that a next page exists, which starts after the page's last row.
 */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  cursorOf: (last: Row) => string,
  itemOf: (row: Row) => Item,
): Page<Item> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => itemOf(row)),
    nextCursor: rows.length > limit && last ? cursorOf(last) : null,
  };
}
