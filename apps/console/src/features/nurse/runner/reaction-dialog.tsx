import type { ReactionAction } from '@infuse/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { DANGER_COLOR } from '../tones';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { NumberField } from '../forms/number-field';
import { measure } from '../forms/measure';
import { GRADE_WORDS, REACTION_ACTION_WORDS, formatRate } from '../words';
import type { RecordUpdates } from './use-recorder';

// The record-updates DTO's reaction actions (REACTION_ACTIONS of @infuse/contracts).
const ACTIONS: ReactionAction[] = ['slowed', 'paused', 'stopped', 'resumed'];
const GRADES = ['1', '2', '3', '4'] as const;

/** Common infusion reactions, one tap each; anything else goes in "Other symptom". */
const COMMON_SYMPTOMS = [
  'Headache',
  'Chills',
  'Fever',
  'Flushing',
  'Nausea',
  'Rash or hives',
  'Itching',
  'Back pain',
  'Chest tightness',
  'Shortness of breath',
  'Wheezing',
  'Low blood pressure',
  'Fast heartbeat',
  'Dizziness',
];

/** Who to call, by grade: Nufactor's guidance, domain reference [NUF2]. */
const WHO_TO_CALL: Record<(typeof GRADES)[number], string> = {
  '1': 'A mild reaction may need no call; call the pharmacist for guidance if unsure.',
  '2': 'Call the pharmacist for guidance.',
  '3': 'Call the prescriber first, then the pharmacist.',
  '4': 'Call 911 first.',
};

const reactionSchema = z
  .object({
    grade: z.union([z.enum(GRADES), z.literal('')]),
    symptoms: z.array(z.string()),
    otherSymptom: z.string().trim().max(200, 'At most 200 characters'),
    action: z.union([z.enum(ACTIONS), z.literal('')]),
    mlPerHour: measure('new rate', { min: 0.1, max: 2000, unit: 'mL/h', optional: true }),
  })
  .superRefine((values, context) => {
    const problem = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (values.grade === '') problem('grade', 'Choose the grade');
    if (values.action === '') problem('action', 'Say what you did');
    if (values.symptoms.length === 0 && values.otherSymptom === '')
      problem('otherSymptom', 'Choose or write at least one symptom');
    if (values.action === 'slowed' && values.mlPerHour === '')
      problem('mlPerHour', 'Enter the rate you slowed to');
  });

type ReactionValues = z.infer<typeof reactionSchema>;

const EMPTY: ReactionValues = {
  grade: '',
  symptoms: [],
  otherSymptom: '',
  action: '',
  mlPerHour: '',
};

/**
 * A reaction during or after the infusion: grade, symptoms and what the nurse did. Slowing
 * records the lower rate with it; after any reaction but "resumed" the rate holds.
 */
export function ReactionDialog({
  opened,
  onClose,
  record,
  currentRate,
  infusing,
}: {
  opened: boolean;
  onClose: () => void;
  record: RecordUpdates;
  currentRate: number | undefined;
  infusing: boolean;
}) {
  const form = useForm<ReactionValues>({
    defaultValues: EMPTY,
    resolver: zodResolver(reactionSchema),
  });
  const grade = useWatch({ control: form.control, name: 'grade' });
  const action = useWatch({ control: form.control, name: 'action' });
  const close = () => {
    form.reset(EMPTY);
    onClose();
  };
  const save = async (values: ReactionValues) => {
    if (values.grade === '' || values.action === '') return;
    const symptoms = [...values.symptoms, ...(values.otherSymptom ? [values.otherSymptom] : [])];
    const rate =
      infusing &&
      (values.action === 'slowed' || values.action === 'resumed') &&
      values.mlPerHour !== ''
        ? values.mlPerHour
        : undefined;
    const stored = await record(
      { type: 'reaction', grade: Number(values.grade), symptoms, action: values.action },
      ...(rate === undefined ? [] : [{ type: 'rate_changed' as const, mlPerHour: rate }]),
    );
    if (stored) close();
  };
  const errors = form.formState.errors;
  return (
    <Modal opened={opened} onClose={close} title="Record a reaction" fullScreen radius={0}>
      <form noValidate onSubmit={(event) => void form.handleSubmit(save)(event)}>
        <Stack gap="md">
          <Controller
            control={form.control}
            name="grade"
            render={({ field }) => (
              <Radio.Group
                label="Grade"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={errors.grade?.message}
              >
                <Stack gap="xs" mt={6}>
                  {GRADES.map((value) => (
                    <Radio
                      key={value}
                      value={value}
                      label={GRADE_WORDS[Number(value) as 1 | 2 | 3 | 4]}
                      size="md"
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          {grade !== '' && (
            <Alert color={Number(grade) >= 3 ? 'red' : 'blue'} title="Who to call" role="status">
              {WHO_TO_CALL[grade]}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="symptoms"
            render={({ field }) => (
              <Checkbox.Group label="Symptoms" value={field.value} onChange={field.onChange}>
                <SimpleGrid cols={2} spacing="sm" mt={6}>
                  {COMMON_SYMPTOMS.map((symptom) => (
                    <Checkbox key={symptom} value={symptom} label={symptom} size="md" />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <TextInput
            size="md"
            label="Other symptom"
            {...form.register('otherSymptom')}
            error={errors.otherSymptom?.message}
          />
          <Controller
            control={form.control}
            name="action"
            render={({ field }) => (
              <Radio.Group
                label="What you did"
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={errors.action?.message}
              >
                <Stack gap="xs" mt={6}>
                  {ACTIONS.map((value) => (
                    <Radio
                      key={value}
                      value={value}
                      label={REACTION_ACTION_WORDS[value]}
                      size="md"
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          {infusing && (action === 'slowed' || action === 'resumed') && (
            <NumberField
              control={form.control}
              name="mlPerHour"
              label={action === 'slowed' ? 'New rate (mL/h)' : 'Rate on resuming (mL/h)'}
              description={
                currentRate === undefined
                  ? undefined
                  : `Running at ${formatRate(currentRate)}${action === 'resumed' ? '; empty to keep it' : ''}`
              }
              withAsterisk={action === 'slowed'}
              decimalScale={1}
            />
          )}
          <Group grow>
            <Button variant="default" size="lg" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color={DANGER_COLOR} size="lg">
              Record reaction
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
