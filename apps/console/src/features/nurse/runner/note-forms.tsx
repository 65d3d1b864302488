import { Button, Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { ACTION_COLOR, DANGER_COLOR, DESCRIPTION_PROPS } from '../tones';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { RecordUpdates } from './use-recorder';

const signSchema = z.object({
  name: z.string().trim().min(2, 'Type your name to sign'),
  confirmed: z.boolean().refine((confirmed) => confirmed, 'Confirm the note to sign it'),
});

/**
 * The nurse signs her note: her typed name and a confirmation. The service records the signer
 * from her session (the note takes no drawn signature); once signed, the note is locked.
 */
export function SignForm({ record }: { record: RecordUpdates }) {
  const form = useForm<{ name: string; confirmed: boolean }>({
    defaultValues: { name: '', confirmed: false },
    resolver: zodResolver(signSchema),
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit(() => record({ type: 'signed' }))(event)}
    >
      <Stack gap="sm">
        <TextInput
          size="md"
          label="Your name"
          autoComplete="name"
          {...form.register('name')}
          error={errors.name?.message}
        />
        <Checkbox
          size="md"
          label="I confirm this visit's record is complete and correct. Once signed it is locked; later notes are addenda."
          {...form.register('confirmed')}
          error={errors.confirmed?.message}
        />
        <Button type="submit" size="lg" fullWidth color={ACTION_COLOR}>
          Sign the note
        </Button>
      </Stack>
    </form>
  );
}

const textSchema = (what: string, max: number) =>
  z.object({
    text: z.string().trim().min(1, `Write the ${what}`).max(max, `At most ${max} characters`),
  });

/** A visit that could not take place: the reason, before any infusion started. */
export function MissedForm({ record }: { record: RecordUpdates }) {
  const form = useForm<{ text: string }>({
    defaultValues: { text: '' },
    resolver: zodResolver(textSchema('reason', 500)),
  });
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(({ text }) => record({ type: 'missed', reason: text.trim() }))(event)
      }
    >
      <Stack gap="sm">
        <Textarea
          size="md"
          label="Why the visit did not take place"
          autosize
          minRows={2}
          {...form.register('text')}
          error={form.formState.errors.text?.message}
        />
        <Button type="submit" color={DANGER_COLOR} size="md" fullWidth>
          Record visit as missed
        </Button>
      </Stack>
    </form>
  );
}

/** A note added beside a locked (signed or missed) note. */
export function AddendumForm({ record }: { record: RecordUpdates }) {
  const form = useForm<{ text: string }>({
    defaultValues: { text: '' },
    resolver: zodResolver(textSchema('addendum', 4000)),
  });
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(async ({ text }) => {
          if (await record({ type: 'addendum', text: text.trim() })) form.reset({ text: '' });
        })(event)
      }
    >
      <Stack gap="sm">
        <Textarea
          size="md"
          label="Addendum"
          autosize
          minRows={2}
          {...form.register('text')}
          error={form.formState.errors.text?.message}
        />
        <Button type="submit" size="md" variant="light" fullWidth>
          Add addendum
        </Button>
      </Stack>
    </form>
  );
}

const premedicationSchema = z.object({
  medication: z.string().trim().min(1, 'Write the medication').max(200, 'At most 200 characters'),
  dose: z.string().trim().min(1, 'Write the dose').max(100, 'At most 100 characters'),
});

/** A pre-medication given before the infusion, as the plan advises. */
export function PremedicationForm({ record }: { record: RecordUpdates }) {
  const form = useForm<{ medication: string; dose: string }>({
    defaultValues: { medication: '', dose: '' },
    resolver: zodResolver(premedicationSchema),
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(async ({ medication, dose }) => {
          const stored = await record({
            type: 'premedication_given',
            medication: medication.trim(),
            dose: dose.trim(),
          });
          if (stored) form.reset({ medication: '', dose: '' });
        })(event)
      }
    >
      <Stack gap="sm">
        <TextInput
          size="md"
          label="Medication"
          {...form.register('medication')}
          error={errors.medication?.message}
        />
        <TextInput
          size="md"
          label="Dose"
          description="e.g. 650 mg PO"
          descriptionProps={DESCRIPTION_PROPS}
          {...form.register('dose')}
          error={errors.dose?.message}
        />
        <Button type="submit" size="md" variant="light" fullWidth>
          Record pre-medication
        </Button>
      </Stack>
    </form>
  );
}
