import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import {
  onServiceWorkerControl,
  registerServiceWorker,
} from '../../offline/register-service-worker';
import { useSession, useSignedIn } from '../../session/session-context';
import { QueuePanel } from './queue/queue-panel';
import { updateQueue } from './queue/update-queue';
import { useUpdateQueue } from './queue/use-update-queue';
import { visitKeys } from './visits.api';

/**
 * Around every nurse screen: the service worker that keeps the console and her visits on the
 * device, the queue that sends her updates, and the queue's state on screen.
 */
export function NurseFrame({ children }: { children: ReactNode }) {
  const { subject } = useSignedIn();
  const { refresh } = useSession();
  const client = useQueryClient();
  const { blocked } = useUpdateQueue();

  useEffect(() => {
    registerServiceWorker();
    // The first visits read before the worker took control are not in its cache: read again.
    return onServiceWorkerControl(() => void client.invalidateQueries({ queryKey: visitKeys.all }));
  }, [client]);
  useEffect(() => updateQueue.start(subject), [subject]);
  // What the service stored changes the record it shows: read those visits again.
  useEffect(
    () => updateQueue.onAnswered(() => void client.invalidateQueries({ queryKey: visitKeys.all })),
    [client],
  );
  // The session ended while sending: reading it again brings the sign-in page.
  useEffect(() => {
    if (blocked?.kind === 'signed_out') void refresh();
  }, [blocked, refresh]);

  return (
    <Stack gap="md" maw={640} mx="auto">
      <QueuePanel />
      {children}
    </Stack>
  );
}
