import { useSyncExternalStore } from 'react';
import { updateQueue, type QueueSnapshot } from './update-queue';
import type { QueuedUpdate } from './update-store';

/** The device's queue as it changes: stored, sending, answered. */
export function useUpdateQueue(): QueueSnapshot {
  return useSyncExternalStore(updateQueue.subscribe, updateQueue.getSnapshot);
}

/** One visit's updates on this device. */
export function useVisitUpdates(visitId: string): readonly QueuedUpdate[] {
  const { updates } = useUpdateQueue();
  return updates.filter((queued) => queued.visitId === visitId);
}
