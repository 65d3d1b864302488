import { useCallback, useState } from 'react';
import { updateQueue } from '../queue/update-queue';
import type { UpdateFacts } from '@infuse/contracts';

/**
 * Records what the nurse did on the visit: on the device first, then sent by the queue. Resolves
 * true once stored; false (with the error kept for display) when the device could not store it.
 */
export function useRecorder(visitId: string) {
  const [error, setError] = useState<unknown>(null);
  const record = useCallback(
    async (...updates: UpdateFacts[]): Promise<boolean> => {
      try {
        for (const facts of updates) await updateQueue.record(visitId, facts);
        setError(null);
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      }
    },
    [visitId],
  );
  return { record, error };
}

export type RecordUpdates = ReturnType<typeof useRecorder>['record'];
