import { SimpleGrid } from '@mantine/core';
import type { Control } from 'react-hook-form';
import { TextField } from '../shared/form-fields';
import type { ReferralFormValues } from './referral-form.schema';

/** The prescriber who signed the order. */
export function PrescriberFields({ control }: { control: Control<ReferralFormValues> }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <TextField
        control={control}
        name="prescriber.npi"
        label="Prescriber NPI"
        description="Ten digits"
        inputMode="numeric"
        maxLength={10}
        withAsterisk
      />
      <TextField
        control={control}
        name="prescriber.firstName"
        label="Prescriber first name"
        withAsterisk
      />
      <TextField
        control={control}
        name="prescriber.lastName"
        label="Prescriber last name"
        withAsterisk
      />
      <TextField
        control={control}
        name="prescriber.specialty"
        label="Specialty"
        description="Optional, e.g. immunology"
      />
      <TextField
        control={control}
        name="prescriber.phone"
        label="Prescriber phone"
        type="tel"
        description="Optional"
      />
    </SimpleGrid>
  );
}
