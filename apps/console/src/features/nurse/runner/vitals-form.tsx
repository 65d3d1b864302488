import { Button, SimpleGrid, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { NumberField } from '../forms/number-field';
import { measure, numberOf } from '../forms/measure';
import type { RecordUpdates } from './use-recorder';

// The physiological bounds nursing's DTO checks (a slip of the finger); judging is the nurse's.
const vitalsSchema = z.object({
  systolic: measure('systolic pressure', { min: 30, max: 300, unit: 'mmHg', whole: true }),
  diastolic: measure('diastolic pressure', { min: 10, max: 200, unit: 'mmHg', whole: true }),
  pulse: measure('pulse', { min: 20, max: 250, unit: 'beats/min', whole: true }),
  temperatureC: measure('temperature', { min: 30, max: 45, unit: '°C' }),
  respirationRate: measure('respiratory rate', {
    min: 4,
    max: 80,
    unit: 'breaths/min',
    whole: true,
  }),
  spo2: measure('oxygen saturation', { min: 50, max: 100, unit: '%' }),
  weightKg: measure('weight', { min: 0.1, max: 400, unit: 'kg', optional: true }),
});

type VitalsValues = z.infer<typeof vitalsSchema>;

const EMPTY: VitalsValues = {
  systolic: '',
  diastolic: '',
  pulse: '',
  temperatureC: '',
  respirationRate: '',
  spo2: '',
  weightKg: '',
};

/** A set of vital signs, with their units; weight when measured (flagged against the dose). */
export function VitalsForm({ record }: { record: RecordUpdates }) {
  const form = useForm<VitalsValues>({ defaultValues: EMPTY, resolver: zodResolver(vitalsSchema) });
  const save = async (values: VitalsValues) => {
    const stored = await record({
      type: 'vitals',
      bloodPressure: { systolic: numberOf(values.systolic), diastolic: numberOf(values.diastolic) },
      pulse: numberOf(values.pulse),
      temperatureC: numberOf(values.temperatureC),
      respirationRate: numberOf(values.respirationRate),
      spo2: numberOf(values.spo2),
      ...(values.weightKg === '' ? {} : { weightKg: values.weightKg }),
    });
    if (stored) form.reset(EMPTY);
  };
  const { control } = form;
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(save)(event)}>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <NumberField
            control={control}
            name="systolic"
            label="Systolic (mmHg)"
            allowDecimal={false}
          />
          <NumberField
            control={control}
            name="diastolic"
            label="Diastolic (mmHg)"
            allowDecimal={false}
          />
          <NumberField
            control={control}
            name="pulse"
            label="Pulse (beats/min)"
            allowDecimal={false}
          />
          <NumberField
            control={control}
            name="temperatureC"
            label="Temperature (°C)"
            decimalScale={1}
          />
          <NumberField
            control={control}
            name="respirationRate"
            label="Respiratory rate (breaths/min)"
            allowDecimal={false}
          />
          <NumberField control={control} name="spo2" label="SpO₂ (%)" decimalScale={0} />
          <NumberField
            control={control}
            name="weightKg"
            label="Weight (kg)"
            description="If weighed"
            decimalScale={1}
          />
        </SimpleGrid>
        <Button type="submit" size="lg" fullWidth variant="light">
          Save vitals
        </Button>
      </Stack>
    </form>
  );
}
