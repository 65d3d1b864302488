import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { fieldProblems } from '../../api/problem';
import { ProblemAlert } from '../../ui/query-view';
import { PHARMACY_TIME_ZONE } from '../../ui/time';
import { dispenseKeys, dispensesApi } from './dispenses.api';
import { pharmacyLocalToInstant, pharmacyNowLocal } from './pharmacy-clock';

const text = (what: string) =>
  z.string().trim().min(1, `Enter the ${what}`).max(100, 'At most 100 characters');

// The pharmacy's own limits (ship-dispense.controller.ts), checked before sending.
const shipmentSchema = z.object({
  carrier: text('carrier'),
  trackingNumber: text('tracking number'),
  packOut: z.object({
    type: text('pack-out'),
    validatedHours: z
      .union([
        z.number().positive('More than 0 hours').max(240, 'At most 240 hours'),
        z.literal(''),
      ])
      .refine((value) => value !== '', 'Enter the hours the pack-out is validated for'),
    packedAt: z
      .string()
      .refine((value) => pharmacyLocalToInstant(value) !== null, 'Enter a date and time'),
  }),
});

type ShipmentValues = z.input<typeof shipmentSchema>;

const FIELDS = new Set([
  'carrier',
  'trackingNumber',
  'packOut.type',
  'packOut.validatedHours',
  'packOut.packedAt',
]);

/** The released dose leaves in its validated cold-chain pack-out, with the carrier's tracking. */
export function ShipForm({ dispenseId }: { dispenseId: string }) {
  const client = useQueryClient();
  const form = useForm<ShipmentValues>({
    resolver: zodResolver(shipmentSchema),
    defaultValues: {
      carrier: '',
      trackingNumber: '',
      packOut: { type: '', validatedHours: '', packedAt: pharmacyNowLocal() },
    },
  });
  const ship = useMutation({
    mutationFn: (values: ShipmentValues) =>
      dispensesApi.ship(dispenseId, {
        carrier: values.carrier.trim(),
        trackingNumber: values.trackingNumber.trim(),
        packOut: {
          type: values.packOut.type.trim(),
          validatedHours: Number(values.packOut.validatedHours),
          packedAt: pharmacyLocalToInstant(values.packOut.packedAt) ?? values.packOut.packedAt,
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: dispenseKeys.all }),
    onError: (error) => {
      for (const [path, message] of fieldProblems(error))
        if (FIELDS.has(path)) form.setError(path as keyof ShipmentValues, { message });
    },
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => ship.mutate(values))(event)}
    >
      <Stack>
        <Group align="flex-start" grow>
          <TextInput
            label="Carrier"
            withAsterisk
            {...form.register('carrier')}
            error={errors.carrier?.message}
          />
          <TextInput
            label="Tracking number"
            withAsterisk
            autoComplete="off"
            spellCheck={false}
            {...form.register('trackingNumber')}
            error={errors.trackingNumber?.message}
          />
        </Group>
        <Group align="flex-start" grow>
          <TextInput
            label="Pack-out"
            withAsterisk
            description="The cold-chain shipper, e.g. insulated shipper, 2–8 °C"
            {...form.register('packOut.type')}
            error={errors.packOut?.type?.message}
          />
          <Controller
            control={form.control}
            name="packOut.validatedHours"
            render={({ field }) => (
              <NumberInput
                label="Validated for (hours)"
                withAsterisk
                description="How long the pack-out holds temperature"
                min={1}
                max={240}
                allowNegative={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                onBlur={field.onBlur}
                error={errors.packOut?.validatedHours?.message}
              />
            )}
          />
          <TextInput
            type="datetime-local"
            label="Packed at"
            withAsterisk
            description={`Pharmacy time (${PHARMACY_TIME_ZONE})`}
            {...form.register('packOut.packedAt')}
            error={errors.packOut?.packedAt?.message}
          />
        </Group>
        {ship.isError && <ProblemAlert error={ship.error} title="Not shipped" />}
        <Group>
          <Button type="submit" loading={ship.isPending}>
            Ship
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
