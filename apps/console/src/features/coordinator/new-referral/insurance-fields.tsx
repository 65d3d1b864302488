import { SimpleGrid } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import { SelectField, TextField } from '../shared/form-fields';
import { optionsOf, PLAN_TYPE_WORDS } from '../shared/referral-words';
import type { ReferralFormValues } from './referral-form.schema';

/** The patient's plan; an uninsured patient has no payer or member id. */
export function InsuranceFields({ control }: { control: Control<ReferralFormValues> }) {
  const planType = useWatch({ control, name: 'insurance.planType' });
  const insured = planType !== 'uninsured';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <SelectField
        control={control}
        name="insurance.planType"
        label="Plan type"
        data={optionsOf(PLAN_TYPE_WORDS)}
        withAsterisk
      />
      {insured && (
        <>
          <TextField
            control={control}
            name="insurance.payerId"
            label="Payer id"
            description="As the payer directory names it, e.g. acme-health"
            withAsterisk
          />
          <TextField
            control={control}
            name="insurance.payerName"
            label="Payer name"
            description="Optional"
          />
          <TextField
            control={control}
            name="insurance.memberId"
            label="Member id"
            description="From the insurance card"
            withAsterisk
          />
          <TextField
            control={control}
            name="insurance.groupNumber"
            label="Group number"
            description="Optional"
          />
        </>
      )}
    </SimpleGrid>
  );
}
