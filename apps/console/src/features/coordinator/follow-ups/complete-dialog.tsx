import { DialogActions } from '../../../ui/dialog-actions';
import { Modal, Stack, Text } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { fieldProblems } from '../../../api/problem';
import { ProblemAlert } from '../../../ui/query-view';
import { TextareaField } from '../shared/form-fields';
import { requiredText } from '../shared/schema-fields';
import { FOLLOW_UP_KIND_WORDS } from './follow-up-words';
import { followUpKeys, followUpsApi, type FollowUp } from './follow-ups.api';

const completeSchema = z.object({ note: requiredText(2000, 'Say what was done') });
type CompleteValues = z.infer<typeof completeSchema>;

/** Completes a task with the note the workers require: what was done about it. */
export function CompleteDialog({
  task,
  patient,
  onClose,
}: {
  task: FollowUp;
  patient: string;
  onClose: () => void;
}) {
  const client = useQueryClient();
  const form = useForm<CompleteValues>({
    defaultValues: { note: '' },
    resolver: zodResolver(completeSchema),
  });
  const complete = useMutation({
    mutationFn: (values: CompleteValues) => followUpsApi.complete(task.id, values.note.trim()),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: followUpKeys.all });
      onClose();
    },
    onError: (error) => {
      const note = fieldProblems(error).get('note');
      if (note) form.setError('note', { type: 'server', message: note });
    },
  });
  return (
    <Modal opened onClose={onClose} title="Complete follow-up" size="lg">
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit((values) => complete.mutate(values))(event)}
      >
        <Stack>
          <Text size="sm">
            {FOLLOW_UP_KIND_WORDS[task.kind]} for {patient}.
          </Text>
          {complete.isError && (
            <ProblemAlert error={complete.error} title="The follow-up was not completed" />
          )}
          <TextareaField
            control={form.control}
            name="note"
            label="Note"
            description="What was done; kept with the task"
            autosize
            minRows={3}
            maxRows={8}
            withAsterisk
            data-autofocus
          />
          <DialogActions
            submit="Complete follow-up"
            pending={complete.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
