import { Alert, Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldProblems } from '../../api/problem';
import { ProblemAlert } from '../../ui/query-view';
import { READABLE_TITLE } from './readable-title';
import { dispenseKeys, dispensesApi } from './dispenses.api';

interface ReceiptValues {
  receivedBy: string;
  temperature: '' | 'in-range' | 'out-of-range';
}

/**
 * The patient's receipt. Drug that arrived out of its temperature range may not be used: the
 * dose reopens, to be released again with new lots.
 */
export function DeliveryForm({ dispenseId }: { dispenseId: string }) {
  const client = useQueryClient();
  const form = useForm<ReceiptValues>({ defaultValues: { receivedBy: '', temperature: '' } });
  const temperature = useWatch({ control: form.control, name: 'temperature' });
  const deliver = useMutation({
    mutationFn: (values: ReceiptValues) =>
      dispensesApi.delivered(dispenseId, {
        receivedBy: values.receivedBy.trim(),
        temperatureInRange: values.temperature === 'in-range',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: dispenseKeys.all }),
    onError: (error) => {
      const problems = fieldProblems(error);
      const receivedBy = problems.get('receivedBy');
      if (receivedBy) form.setError('receivedBy', { message: receivedBy });
      const inRange = problems.get('temperatureInRange');
      if (inRange) form.setError('temperature', { message: inRange });
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => deliver.mutate(values))(event)}
    >
      <Stack>
        <TextInput
          label="Received by"
          withAsterisk
          description="Who took the delivery at the patient's home"
          maw={420}
          {...form.register('receivedBy', {
            validate: (value) => value.trim() !== '' || 'Enter who received it',
          })}
          error={errors.receivedBy?.message}
        />
        <Controller
          control={form.control}
          name="temperature"
          rules={{ validate: (value) => value !== '' || 'Say whether it arrived in range' }}
          render={({ field }) => (
            <Radio.Group
              label="Temperature on arrival"
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={errors.temperature?.message}
            >
              <Stack gap="xs" mt={6}>
                <Radio
                  value="in-range"
                  label="Within its range (the indicator shows no excursion)"
                />
                <Radio value="out-of-range" label="Out of range: the drug may not be used" />
              </Stack>
            </Radio.Group>
          )}
        />
        {temperature === 'out-of-range' && (
          <Alert color="yellow" styles={READABLE_TITLE} title="The dose reopens">
            Recording an out-of-range arrival reopens the dose: release it again with new lots and
            ship a replacement.
          </Alert>
        )}
        {deliver.isError && <ProblemAlert error={deliver.error} title="Delivery not recorded" />}
        <Group>
          <Button type="submit" loading={deliver.isPending}>
            Delivered
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
