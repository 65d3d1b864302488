import { Alert, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { fieldProblems } from '../../api/problem';
import { useSignedIn } from '../../session/session-context';
import { ProblemAlert } from '../../ui/query-view';
import { READABLE_TITLE } from './readable-title';
import { formatDate, todayInPharmacy } from '../../ui/time';
import { dispenseKeys, dispensesApi, type DispenseView, type Worksheet } from './dispenses.api';
import { checkExpiry, checkRoomTemperatureSince, readExpiry } from './lot-expiry';
import { isSecondPharmacistRefusal, SECOND_PHARMACIST_WORDS } from './second-pharmacist';

interface LotValues {
  lotNumber: string;
  expiresOn: string;
  roomTemperatureSince: string;
}

interface ReleaseValues {
  lots: LotValues[];
}

type LotField = `lots.${number}.${keyof LotValues}`;

/** One vial line of the verified worksheet: its size and the vials of the whole cycle. */
interface VialLine {
  grams: number;
  vials: number;
}

function vialLinesOf(worksheet: Worksheet): VialLine[] {
  const days = worksheet.administrationDates.length;
  return worksheet.vials.perInfusionDay.map((vial) => ({
    grams: vial.grams,
    vials: vial.count * days,
  }));
}

/**
 * Release with the lots: per vial line of the verified worksheet, a lot number and an expiry,
 * typed or scanned (plain text fields; a scanner's Enter moves to the next field, and the last
 * one to Release). Each expiry is checked as it is entered, against the rule pharmacy applies.
 */
export function ReleaseForm({
  dispense,
}: {
  dispense: DispenseView & { verification: NonNullable<DispenseView['verification']> };
}) {
  const client = useQueryClient();
  const { subject } = useSignedIn();
  const verified = dispense.verification.worksheet;
  const lines = vialLinesOf(verified);
  const today = todayInPharmacy();
  const lastDay = verified.administrationDates.at(-1) ?? today;
  const releaseButton = useRef<HTMLButtonElement>(null);
  const form = useForm<ReleaseValues>({
    defaultValues: {
      lots: lines.map(() => ({ lotNumber: '', expiresOn: '', roomTemperatureSince: '' })),
    },
  });
  const lots = useWatch({ control: form.control, name: 'lots' });
  const release = useMutation({
    mutationFn: (values: ReleaseValues) =>
      dispensesApi.release(
        dispense.id,
        lines.map((line, index) => {
          const lot = values.lots[index] ?? {
            lotNumber: '',
            expiresOn: '',
            roomTemperatureSince: '',
          };
          const since = lot.roomTemperatureSince.trim();
          return {
            productId: dispense.verification.productId,
            lotNumber: lot.lotNumber.trim(),
            expiresOn: readExpiry(lot.expiresOn) ?? lot.expiresOn.trim(),
            vialGrams: line.grams,
            vials: line.vials,
            ...(since ? { roomTemperatureSince: readExpiry(since) ?? since } : {}),
          };
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: dispenseKeys.all }),
    onError: (error) => {
      for (const [path, message] of fieldProblems(error))
        if (/^lots\.\d+\.(lotNumber|expiresOn|roomTemperatureSince)$/.test(path))
          form.setError(path as LotField, { message });
    },
  });

  const validate = (values: ReleaseValues): boolean => {
    let valid = true;
    values.lots.forEach((lot, index) => {
      const fail = (field: keyof LotValues, message: string) => {
        form.setError(`lots.${index}.${field}`, { message });
        valid = false;
      };
      if (lot.lotNumber.trim() === '') fail('lotNumber', 'Enter or scan the lot number');
      else if (lot.lotNumber.trim().length > 64) fail('lotNumber', 'At most 64 characters');
      const expiry = readExpiry(lot.expiresOn);
      if (!expiry) fail('expiresOn', 'A date: YYYY-MM-DD, or scan the label');
      else if (!checkExpiry(expiry, today, lastDay).usable)
        fail('expiresOn', checkExpiry(expiry, today, lastDay).message);
      const since = lot.roomTemperatureSince.trim();
      if (since) {
        const day = readExpiry(since);
        if (!day) fail('roomTemperatureSince', 'A date: YYYY-MM-DD');
        else {
          const problem = checkRoomTemperatureSince(day, today);
          if (problem) fail('roomTemperatureSince', problem);
        }
      }
    });
    return valid;
  };

  // A scanner types the code and presses Enter: move on instead of submitting half the lots.
  const nextOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const current = event.currentTarget;
    if (current.dataset['scan'] === 'expiry') {
      const normalised = readExpiry(current.value);
      const name = current.name as LotField;
      if (normalised) form.setValue(name, normalised);
    }
    const fields = Array.from(
      current.form?.querySelectorAll<HTMLInputElement>('input[data-scan]') ?? [],
    );
    const next = fields[fields.indexOf(current) + 1];
    if (next) next.focus();
    else releaseButton.current?.focus();
  };

  const verifierMayNotRelease =
    dispense.cycle === 1 && dispense.verification.verifiedBy === subject;
  const blockers = dispense.worksheet?.authorization?.releaseBlockers ?? [];
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => {
          if (validate(values)) release.mutate(values);
        })(event)
      }
    >
      <Stack>
        {verifierMayNotRelease && (
          <Alert
            color="yellow"
            styles={READABLE_TITLE}
            title="A second pharmacist releases this dose"
          >
            {SECOND_PHARMACIST_WORDS}
          </Alert>
        )}
        {blockers.length > 0 && (
          <Alert color="red" title="The authorization does not cover this dose now">
            {blockers.map((blocker) => blocker.message).join(' ')}
          </Alert>
        )}
        <Text size="sm">
          {verified.product.brandName}, the vials verified for{' '}
          {verified.administrationDates.map((date) => formatDate(date)).join(', ')}. A lot must
          expire after {formatDate(lastDay)}.
        </Text>
        {lines.map((line, index) => {
          const lot = lots[index];
          const expiry = lot ? readExpiry(lot.expiresOn) : null;
          const check = expiry ? checkExpiry(expiry, today, lastDay) : null;
          const errors = form.formState.errors.lots?.[index];
          const expiryField = form.register(`lots.${index}.expiresOn`);
          return (
            <Fieldset key={line.grams} legend={`${line.grams} g vials × ${line.vials}`}>
              <Group align="flex-start" grow>
                <TextInput
                  label="Lot number"
                  withAsterisk
                  autoComplete="off"
                  spellCheck={false}
                  data-scan="lot"
                  onKeyDown={nextOnEnter}
                  {...form.register(`lots.${index}.lotNumber`)}
                  error={errors?.lotNumber?.message}
                />
                <TextInput
                  label="Expiry"
                  withAsterisk
                  placeholder="YYYY-MM-DD"
                  autoComplete="off"
                  spellCheck={false}
                  data-scan="expiry"
                  onKeyDown={nextOnEnter}
                  {...expiryField}
                  onBlur={(event) => {
                    const normalised = readExpiry(event.currentTarget.value);
                    if (normalised) form.setValue(`lots.${index}.expiresOn`, normalised);
                    void expiryField.onBlur(event);
                  }}
                  description={check?.usable ? check.message : 'YYYY-MM-DD, or scan the label'}
                  error={
                    errors?.expiresOn?.message ??
                    (check && !check.usable ? check.message : undefined)
                  }
                />
                <TextInput
                  label="Out of the fridge since"
                  placeholder="YYYY-MM-DD"
                  description="Only if the lot left refrigeration"
                  autoComplete="off"
                  onKeyDown={(event) => {
                    // Not part of the scanning order: Enter here must not release half-entered lots.
                    if (event.key === 'Enter') event.preventDefault();
                  }}
                  {...form.register(`lots.${index}.roomTemperatureSince`)}
                  error={errors?.roomTemperatureSince?.message}
                />
              </Group>
            </Fieldset>
          );
        })}
        {release.isError &&
          (isSecondPharmacistRefusal(release.error) ? (
            <Alert color="red" title="Another pharmacist must release this dose" role="alert">
              {SECOND_PHARMACIST_WORDS}
            </Alert>
          ) : (
            <ProblemAlert error={release.error} title="Not released" />
          ))}
        <Group>
          <Button type="submit" ref={releaseButton} loading={release.isPending}>
            Release
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
