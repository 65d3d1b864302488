import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Pages } from '../api/use-pages';
import { QueryView } from './query-view';

/**
 * A paged list's states: loading, failed, empty (in the list's own words), or its items with a
 * button for the next page while there is one, and a note while a new filter's list loads.
 */
export function PagedList<Item>({
  pages,
  label,
  empty,
  more,
  children,
}: {
  pages: Pages<Item>;
  /** What is listed, e.g. "referrals": read out while loading or when it failed. */
  label: string;
  /** Said when the list has no items. */
  empty: ReactNode;
  /** The next page's button, e.g. "Show more referrals". */
  more: string;
  children: (items: Item[]) => ReactNode;
}) {
  const { query, items } = pages;
  return (
    <QueryView query={query} label={label}>
      {() => (
        <Stack>
          {query.isPlaceholderData && (
            <Group gap="xs" role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm">Updating the list…</Text>
            </Group>
          )}
          {items.length === 0 ? <Text>{empty}</Text> : children(items)}
          {query.hasNextPage && (
            <Group>
              <Button
                variant="default"
                loading={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {more}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </QueryView>
  );
}
