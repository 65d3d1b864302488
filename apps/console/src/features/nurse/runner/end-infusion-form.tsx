import { Button, Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { ACTION_COLOR } from '../tones';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { NumberField } from '../forms/number-field';
import { measure, numberOf } from '../forms/measure';
import type { VisitView } from '../visits.api';
import type { RecordUpdates } from './use-recorder';

const vials = (what: string) => measure(what, { min: 0, max: 100, unit: 'vials', whole: true });

const endSchema = z
  .object({
    volumeMl: measure('volume given', { min: 0, max: 5000, unit: 'mL' }),
    lots: z.array(
      z.object({
        lotNumber: z.string(),
        vialsUsed: vials('vials used'),
        vialsReturned: vials('vials returned'),
        vialsWasted: vials('vials wasted'),
      }),
    ),
    partial: z.boolean(),
  })
  .superRefine((values, context) => {
    const counted = values.lots.some(
      (lot) =>
        numberOf(lot.vialsUsed) + numberOf(lot.vialsReturned) + numberOf(lot.vialsWasted) > 0,
    );
    if (!counted)
      context.addIssue({
        code: 'custom',
        path: ['partial'],
        message: 'Account for the vials of at least one lot',
      });
  });

type EndValues = z.infer<typeof endSchema>;

/**
 * The end of the infusion: the volume given and, per released lot, the vials used, returned and
 * wasted (lots that may not be given are left to the pharmacy's return).
 */
export function EndInfusionForm({ visit, record }: { visit: VisitView; record: RecordUpdates }) {
  const usable = visit.lots.filter((lot) => lot.usable);
  const form = useForm<EndValues>({
    defaultValues: {
      volumeMl: visit.infusionPlan.totalVolumeMl,
      lots: usable.map((lot) => ({
        lotNumber: lot.lotNumber,
        // A lot's vials cover every day of the dose: today's share to start from.
        vialsUsed: Math.ceil(lot.vials / visit.infusionDays),
        vialsReturned: 0,
        vialsWasted: 0,
      })),
      partial: false,
    },
    resolver: zodResolver(endSchema),
  });
  const save = async (values: EndValues) => {
    await record({
      type: 'infusion_ended',
      volumeMl: numberOf(values.volumeMl),
      lots: values.lots
        .map((lot) => ({
          lotNumber: lot.lotNumber,
          vialsUsed: numberOf(lot.vialsUsed),
          vialsReturned: numberOf(lot.vialsReturned),
          vialsWasted: numberOf(lot.vialsWasted),
        }))
        .filter((lot) => lot.vialsUsed + lot.vialsReturned + lot.vialsWasted > 0),
      ...(values.partial ? { partial: true } : {}),
    });
  };
  const { control } = form;
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(save)(event)}>
      <Stack gap="sm">
        <NumberField
          control={control}
          name="volumeMl"
          label="Volume given (mL)"
          description={`The plan: ${visit.infusionPlan.totalVolumeMl} mL`}
          decimalScale={1}
        />
        {usable.map((lot, index) => (
          <Fieldset key={lot.lotNumber} legend={`Lot ${lot.lotNumber} (${lot.vialGrams} g vials)`}>
            <SimpleGrid cols={3} spacing="xs">
              <NumberField
                control={control}
                name={`lots.${index}.vialsUsed`}
                label="Vials used"
                allowDecimal={false}
              />
              <NumberField
                control={control}
                name={`lots.${index}.vialsReturned`}
                label="Vials returned"
                allowDecimal={false}
              />
              <NumberField
                control={control}
                name={`lots.${index}.vialsWasted`}
                label="Vials wasted"
                allowDecimal={false}
              />
            </SimpleGrid>
          </Fieldset>
        ))}
        <Checkbox
          size="md"
          label="Stopped before the full dose (partial)"
          {...form.register('partial')}
          error={form.formState.errors.partial?.message}
        />
        <Text size="sm" c="gray.7">
          The observation starts when the infusion ends.
        </Text>
        <Button type="submit" size="lg" fullWidth color={ACTION_COLOR}>
          End infusion
        </Button>
      </Stack>
    </form>
  );
}
