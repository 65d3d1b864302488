import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleKeys, type VisitChange } from './schedule.api';

/** A change to a visit that, once nursing took it, reads the schedule again and closes. */
export function useVisitChange<Values>(
  change: (values: Values) => Promise<VisitChange>,
  onDone: () => void,
  onRefused?: (error: Error) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: scheduleKeys.all });
      onDone();
    },
    onError: onRefused,
  });
}
