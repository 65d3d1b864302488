import { DialogActions } from '../../../ui/dialog-actions';
import { Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { fieldProblems } from '../../../api/problem';
import { PHARMACY_TIME_ZONE, formatDateTime, todayInPharmacy } from '../../../ui/time';
import { TextField } from '../shared/form-fields';
import { instantOfWallTime } from '../shared/pharmacy-wall-clock';
import { ProblemAlert } from '../../../ui/query-view';
import { FOLLOW_UP_KIND_WORDS } from './follow-up-words';
import { followUpKeys, followUpsApi, type FollowUp } from './follow-ups.api';

const snoozeSchema = z.object({
  until: z
    .string()
    .refine((value) => instantOfWallTime(value) !== undefined, 'Choose a date and time')
    .refine((value) => {
      const instant = instantOfWallTime(value);
      return instant === undefined || Date.parse(instant) > Date.now();
    }, 'Must be later than now'),
});
type SnoozeValues = z.infer<typeof snoozeSchema>;

/** Tomorrow at 9:00 on the pharmacy's clock: the usual answer to "not now". */
function tomorrowMorning(): string {
  const [year, month, day] = todayInPharmacy().split('-').map(Number) as [number, number, number];
  return `${new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)}T09:00`;
}

/** Puts a task off until a later time, on the pharmacy's clock; it falls due again then. */
export function SnoozeDialog({
  task,
  patient,
  onClose,
}: {
  task: FollowUp;
  patient: string;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const form = useForm<SnoozeValues>({
    defaultValues: { until: tomorrowMorning() },
    resolver: zodResolver(snoozeSchema),
  });
  const snooze = useMutation({
    mutationFn: (values: SnoozeValues) => {
      const until = instantOfWallTime(values.until);
      if (!until) throw new Error('a snooze without its time');
      return followUpsApi.snooze(task.id, until);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: followUpKeys.all });
      onClose();
    },
    onError: (error) => {
      const until = fieldProblems(error).get('until');
      if (until) form.setError('until', { type: 'server', message: until });
    },
  });
  return (
    <Modal opened onClose={onClose} title="Snooze follow-up">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => snooze.mutate(values))(event)}
      >
        <Stack>
          <Text size="sm">
            {FOLLOW_UP_KIND_WORDS[task.kind]} for {patient}, due {formatDateTime(task.dueAt)}.
          </Text>
          {snooze.isError && (
            <ProblemAlert error={snooze.error} title="The follow-up was not snoozed" />
          )}
          <TextField
            control={form.control}
            name="until"
            label="Snooze until"
            description={`Pharmacy time (${PHARMACY_TIME_ZONE})`}
            type="datetime-local"
            withAsterisk
            data-autofocus
          />
          <DialogActions submit="Snooze follow-up" pending={snooze.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
