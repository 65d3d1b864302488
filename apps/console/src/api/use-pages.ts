import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { Page } from './page';

/** A list read a page at a time, and every item of the pages read so far. */
export interface Pages<Item> {
  query: UseInfiniteQueryResult<InfiniteData<Page<Item>>>;
  items: Item[];
}

/**
 * Reads a service's keyset-paged list (`cursor` in, `nextCursor` out). While a new filter's
 * first page loads, the previous list stays on screen (marked as updating) instead of a spinner.
 */
export function usePages<Item>(
  queryKey: QueryKey,
  readPage: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<Item>>,
): Pages<Item> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => readPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  return { query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
