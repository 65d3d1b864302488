import { Text } from '@mantine/core';
import { durationWords, formatCountdown } from './clock';

/**
 * Time left until a moment on the device's clock. The digits tick for the eye; screen readers
 * get the minutes, without an announcement every second.
 */
export function Countdown({ label, until, now }: { label: string; until: number; now: number }) {
  const left = until - now;
  return (
    <Text role="timer" aria-label={`${label}: ${durationWords(left)}`} size="xl" fw={700}>
      <span aria-hidden>
        {label}: {formatCountdown(left)}
      </span>
    </Text>
  );
}
