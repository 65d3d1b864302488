import { Alert, List } from '@mantine/core';
import { formatTime } from '../../../ui/time';
import type { QueuedUpdate } from '../queue/update-store';
import { describeUpdate, formatRate } from '../words';

/**
 * What the service refused of this visit's updates from this device: the nurse must see it,
 * since the record does not hold them (a rate above the plan, a step out of order, a lot not
 * released...).
 */
export function RefusedUpdates({ queued }: { queued: readonly QueuedUpdate[] }) {
  const refused = queued.filter((entry) => entry.state === 'refused');
  if (refused.length === 0) return null;
  return (
    <Alert
      color="red"
      role="alert"
      title={`${refused.length} ${refused.length === 1 ? 'update was' : 'updates were'} refused by the server`}
    >
      <List size="sm">
        {refused.map((entry) => (
          <List.Item key={entry.clientUpdateId}>
            {formatTime(entry.update.at)} · {describeUpdate(entry.update)}: {entry.refusal?.message}
            {entry.refusal?.allowedMlPerHour === undefined
              ? ''
              : ` Allowed: ${formatRate(entry.refusal.allowedMlPerHour)}.`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
