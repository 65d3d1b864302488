import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { StatusTag } from '../status-tag';
import { useDisclosure } from '@mantine/hooks';
import { formatTime } from '../../../ui/time';
import { durationWords, useNow } from '../clock';
import { QUEUE_STATE_WORDS, describeUpdate, formatRate } from '../words';
import type { QueueSnapshot } from './update-queue';
import { updateQueue } from './update-queue';
import type { QueuedUpdate } from './update-store';
import { useUpdateQueue } from './use-update-queue';

/**
 * The updates on this device: how many wait, since when, whether they are being sent, and what
 * the service answered for each (applied, already applied, or refused and why).
 */
export function QueuePanel() {
  const queue = useUpdateQueue();
  const [opened, { toggle }] = useDisclosure(false);
  const waiting = queue.updates.filter((queued) => queued.state === 'waiting');
  const oldest = waiting[0];
  return (
    <Paper withBorder p="sm" component="section" aria-label="Updates on this device">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <StatusTag color={queue.online ? 'green' : 'gray'}>
                {queue.online ? 'Online' : 'Offline'}
              </StatusTag>
              <Text fw={600}>
                {waiting.length === 0
                  ? 'All updates sent'
                  : `${waiting.length} ${waiting.length === 1 ? 'update' : 'updates'} waiting`}
              </Text>
            </Group>
            {oldest && (
              <Text size="sm" c="gray.7">
                Oldest from {formatTime(oldest.update.at)}
              </Text>
            )}
            <SendingState queue={queue} waiting={waiting.length} />
          </Stack>
          <Stack gap={6} align="flex-end">
            <Button
              size="sm"
              variant="light"
              onClick={() => updateQueue.sendNow()}
              disabled={!queue.online || waiting.length === 0 || queue.sending}
            >
              Send now
            </Button>
          </Stack>
        </Group>
        {queue.updates.length > 0 && (
          <Button
            variant="subtle"
            size="sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="device-updates"
          >
            {opened ? 'Hide the updates' : `Show the updates (${queue.updates.length})`}
          </Button>
        )}
        <Collapse expanded={opened}>
          <Stack
            gap={6}
            component="ol"
            id="device-updates"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {[...queue.updates].reverse().map((queued) => (
              <QueuedLine key={queued.clientUpdateId} queued={queued} inFlight={queue.inFlight} />
            ))}
          </Stack>
        </Collapse>
      </Stack>
    </Paper>
  );
}

function SendingState({ queue, waiting }: { queue: QueueSnapshot; waiting: number }) {
  const now = useNow(5_000);
  let text: string | null = null;
  if (queue.blocked) text = queue.blocked.message;
  else if (queue.sending) text = 'Sending…';
  else if (waiting > 0 && !queue.online)
    text = 'Kept on this device; sent when the connection returns.';
  else if (waiting > 0 && queue.nextRetryAt)
    text = `Could not send. Trying again in ${durationWords(queue.nextRetryAt - now)}.`;
  return (
    <Text size="sm" role="status" aria-live="polite" c={queue.blocked ? 'red' : undefined}>
      {text ?? ''}
      {queue.lastError && !queue.sending && waiting > 0 ? ` ${queue.lastError}` : ''}
    </Text>
  );
}

function QueuedLine({ queued, inFlight }: { queued: QueuedUpdate; inFlight: ReadonlySet<string> }) {
  const sending = inFlight.has(queued.clientUpdateId);
  const words = QUEUE_STATE_WORDS[queued.state];
  return (
    <li>
      <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
        <Stack gap={0}>
          <Text size="sm">
            {formatTime(queued.update.at)} · {describeUpdate(queued.update)}
          </Text>
          {queued.refusal && (
            <Text size="sm" c="red.9">
              {queued.refusal.message}
              {queued.refusal.allowedMlPerHour !== undefined &&
                ` Allowed: ${formatRate(queued.refusal.allowedMlPerHour)}.`}
              {queued.refusal.earliestAt && ` Not before ${formatTime(queued.refusal.earliestAt)}.`}
            </Text>
          )}
        </Stack>
        <StatusTag color={sending ? 'blue' : words.color}>
          {sending ? 'Sending…' : words.label}
        </StatusTag>
      </Group>
    </li>
  );
}
