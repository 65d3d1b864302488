import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { plainWords } from '../api/problem';

/** A refusal or failure in plain words, announced to screen readers. */
export function ProblemAlert({
  error,
  title = 'That did not work',
}: {
  error: unknown;
  title?: string;
}) {
  return (
    <Alert color="red" title={title} role="alert">
      {plainWords(error)}
    </Alert>
  );
}

/**
 * The three states of a screen's data: loading, failed (with a retry), and loaded, so no screen
 * shows an empty table while it is still loading or after it failed.
 */
export function QueryView<T>({
  query,
  label,
  children,
}: {
  query: UseQueryResult<T>;
  /** What is loading, e.g. "referrals": read out while loading. */
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending)
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text>Loading {label}…</Text>
        </Group>
      </Center>
    );
  if (query.isError)
    return (
      <Stack gap="sm">
        <ProblemAlert error={query.error} title={`Could not load ${label}`} />
        <Group>
          <Button variant="light" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Group>
      </Stack>
    );
  return <>{children(query.data)}</>;
}
