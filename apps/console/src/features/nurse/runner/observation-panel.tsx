import { Button, Stack, Text } from '@mantine/core';
import { ACTION_COLOR } from '../tones';
import { formatTime } from '../../../ui/time';
import { Countdown } from '../countdown';
import type { RecordUpdates } from './use-recorder';

const MINUTE_MS = 60_000;

/** The observation after the infusion: its countdown, and its end once the plan's time is up. */
export function ObservationPanel({
  endedAt,
  observationMinutes,
  now,
  record,
}: {
  endedAt: string;
  observationMinutes: number;
  now: number;
  record: RecordUpdates;
}) {
  const until = Date.parse(endedAt) + observationMinutes * MINUTE_MS;
  const over = now >= until;
  return (
    <Stack gap="sm">
      <Text>
        Infusion ended at {formatTime(endedAt)}. Observe the patient for {observationMinutes} min.
      </Text>
      {over ? (
        <Text fw={700} c="teal.9">
          The observation time is over.
        </Text>
      ) : (
        <Countdown label="Observation ends in" until={until} now={now} />
      )}
      <Button
        color={ACTION_COLOR}
        size="lg"
        fullWidth
        disabled={!over}
        onClick={() => void record({ type: 'observation_ended' })}
      >
        End observation
      </Button>
    </Stack>
  );
}
