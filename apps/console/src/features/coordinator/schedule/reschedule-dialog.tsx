import { DialogActions } from '../../../ui/dialog-actions';
import { Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { fieldProblems } from '../../../api/problem';
import { ProblemAlert } from '../../../ui/query-view';
import { formatDate, todayInPharmacy } from '../../../ui/time';
import { TextareaField, TextField } from '../shared/form-fields';
import { scheduleApi, type VisitSummary } from './schedule.api';
import { useVisitChange } from './use-visit-change';

// The same bounds as nursing's reschedule route (reschedule-visit.controller.ts).
const moveSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose a day')
    .refine((date) => date >= todayInPharmacy(), 'Choose today or a later day'),
  reason: z.string().trim().min(1, 'Say why the visit moves').max(500, 'At most 500 characters'),
});
type MoveValues = z.infer<typeof moveSchema>;

/** Moves a visit not begun to another day, with the reason the schedule's history keeps. */
export function RescheduleDialog({ visit, onClose }: { visit: VisitSummary; onClose: () => void }) {
  const form = useForm<MoveValues>({
    defaultValues: { date: visit.visitDate, reason: '' },
    resolver: zodResolver(moveSchema),
  });
  const move = useVisitChange(
    (values: MoveValues) => scheduleApi.reschedule(visit.id, values),
    onClose,
    (error) => {
      for (const [field, message] of fieldProblems(error))
        if (field === 'date' || field === 'reason')
          form.setError(field, { type: 'server', message });
    },
  );
  return (
    <Modal opened onClose={onClose} title="Move the visit">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => move.mutate(values))(event)}
      >
        <Stack>
          <Text size="sm">
            {visit.patientName}, now on {formatDate(visit.visitDate)}.
          </Text>
          {move.isError && <ProblemAlert error={move.error} title="The visit was not moved" />}
          <TextField
            control={form.control}
            name="date"
            label="New day"
            type="date"
            withAsterisk
            data-autofocus
          />
          <TextareaField
            control={form.control}
            name="reason"
            label="Reason"
            description="Kept with the visit's history"
            withAsterisk
          />
          <DialogActions submit="Move the visit" pending={move.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
