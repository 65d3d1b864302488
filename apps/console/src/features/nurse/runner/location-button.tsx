import { Alert, Button, Stack } from '@mantine/core';
import { ACTION_COLOR } from '../tones';
import { useState } from 'react';
import { currentLocation } from './geolocation';
import type { RecordUpdates } from './use-recorder';

/** Check-in or check-out: the device's time and place (EVV), recorded with one tap. */
export function LocationButton({
  kind,
  label,
  record,
  disabled = false,
}: {
  kind: 'arrived' | 'departed';
  label: string;
  record: RecordUpdates;
  disabled?: boolean;
}) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const locate = async () => {
    setLocating(true);
    setProblem(null);
    try {
      const location = await currentLocation();
      await record({ type: kind, location });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The location could not be found.');
    } finally {
      setLocating(false);
    }
  };
  return (
    <Stack gap="xs">
      <Button
        color={ACTION_COLOR}
        size="lg"
        fullWidth
        loading={locating}
        disabled={disabled}
        onClick={() => void locate()}
      >
        {label}
      </Button>
      {problem && (
        <Alert color="red" title="No location" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
