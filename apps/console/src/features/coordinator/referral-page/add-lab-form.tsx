import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import type { LabCode } from '@infuse/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { todayInPharmacy } from '../../../ui/time';
import { NumberField, SelectField, TextField } from '../shared/form-fields';
import { labEntrySchema, labResultOf, type LabEntry } from '../shared/lab-entry.schema';
import { LAB_WORDS, optionsOf } from '../shared/referral-words';
import { splitProblems } from '../shared/split-problems';
import { REFERRAL_STATUS_WORDS } from '../referrals/referral-words';
import { referralsApi } from '../referrals/referrals.api';
import { invalidateReferral } from './invalidate-referral';
import { RefusalAlert } from './refusal-alert';

// Intake's pointers into the lab body → the form's fields; the unit is the code's, beside the value.
function fieldOf(path: string): keyof LabEntry | undefined {
  if (path === 'code' || path === 'value' || path === 'collectedOn') return path;
  if (path === 'unit') return 'value';
  return undefined;
}

/** Adds one lab result to the referral (`POST /v1/referrals/:id/labs`); intake judges it again. */
export function AddLabForm({
  referralId,
  presetCode,
  focusOnMount = false,
}: {
  referralId: string;
  presetCode?: LabCode;
  focusOnMount?: boolean;
}) {
  const client = useQueryClient();
  const empty = (): LabEntry => ({
    code: presetCode ?? '',
    value: '',
    collectedOn: todayInPharmacy(),
  });
  const form = useForm<LabEntry>({ defaultValues: empty(), resolver: zodResolver(labEntrySchema) });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  useEffect(() => {
    if (focusOnMount) form.setFocus(presetCode ? 'value' : 'code');
  }, [focusOnMount, presetCode, form]);
  const code = useWatch({ control: form.control, name: 'code' });
  const add = useMutation({
    mutationFn: (values: LabEntry) => referralsApi.addLab(referralId, labResultOf(values)),
    onMutate: () => setUnplaced([]),
    onSuccess: async () => {
      form.reset({ code: '', value: '', collectedOn: todayInPharmacy() });
      await invalidateReferral(client);
    },
    onError: (error) => {
      const { fields, unplaced: rest } = splitProblems(error, fieldOf);
      for (const [field, message] of fields)
        form.setError(field as keyof LabEntry, { type: 'server', message });
      setUnplaced(rest);
    },
  });
  return (
    <form
      noValidate
      aria-label="Add a lab result"
      onSubmit={(event) => void form.handleSubmit((values) => add.mutate(values))(event)}
    >
      <Stack>
        {add.isSuccess && add.variables.code !== '' && (
          <Alert color="green" title="Lab result added" role="status">
            {LAB_WORDS[add.variables.code].label} is on the referral, which is now{' '}
            {REFERRAL_STATUS_WORDS[add.data.status].label.toLowerCase()}.
          </Alert>
        )}
        {add.isError && (
          <RefusalAlert
            error={add.error}
            unplaced={unplaced}
            title="The lab result was not added"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SelectField
            control={form.control}
            name="code"
            label="Lab"
            data={optionsOf(LAB_WORDS)}
            withAsterisk
          />
          <NumberField
            control={form.control}
            name="value"
            label={code ? `Value (${LAB_WORDS[code].unit})` : 'Value'}
            min={0}
            withAsterisk
          />
          <TextField
            control={form.control}
            name="collectedOn"
            label="Collected on"
            type="date"
            withAsterisk
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add lab result
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
