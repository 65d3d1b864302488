import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { NumberField, SelectField, TextField } from '../shared/form-fields';
import { optionsOf, THERAPY_WORDS } from '../shared/referral-words';
import type { ReferralFormValues } from './referral-form.schema';

/** The order: therapy, diagnosis, product, dose and how often, from when and for how long. */
export function OrderFields({ control }: { control: Control<ReferralFormValues> }) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'order.newStart' });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <SelectField
          control={control}
          name="order.therapy"
          label="Therapy"
          data={optionsOf(THERAPY_WORDS)}
          withAsterisk
        />
        <TextField
          control={control}
          name="order.diagnosisCode"
          label="Diagnosis code"
          description="ICD-10-CM, e.g. D83.9"
          autoCapitalize="characters"
          withAsterisk
        />
        <TextField
          control={control}
          name="order.productPreference"
          label="Product"
          description="The brand prescribed, if any, e.g. Privigen"
        />
        <NumberField
          control={control}
          name="order.doseGramsPerKg"
          label="Dose (g/kg)"
          description="Grams per kilogram of body weight, per dose"
          min={0}
          decimalScale={3}
          withAsterisk
        />
        <NumberField
          control={control}
          name="order.intervalDays"
          label="Days between doses"
          description="e.g. 28 for every 4 weeks"
          min={1}
          allowDecimal={false}
          withAsterisk
        />
        <NumberField
          control={control}
          name="order.infusionDays"
          label="Infusion days per dose"
          description="Days one dose is spread over"
          min={1}
          allowDecimal={false}
          withAsterisk
        />
        <TextField
          control={control}
          name="order.startDate"
          label="Start date"
          type="date"
          description="Optional"
        />
        <NumberField
          control={control}
          name="order.durationMonths"
          label="Duration (months)"
          description="Optional"
          min={1}
          allowDecimal={false}
        />
      </SimpleGrid>
      <Checkbox
        ref={ref}
        label="New to immunoglobulin"
        description="Clear it when the patient continues therapy begun elsewhere"
        checked={value}
        onChange={(event) => onChange(event.currentTarget.checked)}
        onBlur={onBlur}
        error={fieldState.error?.message}
      />
    </Stack>
  );
}
