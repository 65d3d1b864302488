import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Control } from 'react-hook-form';
import {
  MultiSelectField,
  NumberField,
  SelectField,
  TagsField,
  TextField,
} from '../shared/form-fields';
import {
  BLOOD_TYPE_WORDS,
  optionsOf,
  RISK_CONDITION_WORDS,
  SEX_WORDS,
} from '../shared/referral-words';
import type { ReferralFormValues } from './referral-form.schema';

/** Who the patient is, their body measures (dosing is by weight), risks and where they live. */
export function PatientFields({ control }: { control: Control<ReferralFormValues> }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextField control={control} name="patient.firstName" label="First name" withAsterisk />
        <TextField control={control} name="patient.lastName" label="Last name" withAsterisk />
        <TextField control={control} name="patient.mrn" label="MRN" description="Optional" />
        <TextField
          control={control}
          name="patient.dateOfBirth"
          label="Date of birth"
          type="date"
          withAsterisk
        />
        <SelectField
          control={control}
          name="patient.sex"
          label="Sex"
          data={optionsOf(SEX_WORDS)}
          withAsterisk
        />
        <SelectField
          control={control}
          name="patient.bloodType"
          label="Blood type"
          description="Optional"
          data={optionsOf(BLOOD_TYPE_WORDS)}
          clearable
        />
        <NumberField
          control={control}
          name="patient.heightCm"
          label="Height (cm)"
          min={0}
          decimalScale={1}
          withAsterisk
        />
        <NumberField
          control={control}
          name="patient.weightKg"
          label="Weight (kg)"
          description="The dose is calculated from it"
          min={0}
          decimalScale={1}
          withAsterisk
        />
        <TextField
          control={control}
          name="patient.phone"
          label="Patient phone"
          type="tel"
          description="Optional, e.g. +1-410-555-0142"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TagsField
          control={control}
          name="patient.allergies"
          label="Allergies"
          description="Type each and press Enter; leave empty when none are known"
          clearable
        />
        <MultiSelectField
          control={control}
          name="patient.conditions"
          label="Risk conditions"
          description="Conditions that change the product, the rate or the monitoring"
          data={optionsOf(RISK_CONDITION_WORDS)}
          searchable
          clearable
        />
      </SimpleGrid>
      <Text fw={600} size="sm">
        Home address (optional; all of it once begun)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextField control={control} name="patient.address.line1" label="Address line 1" />
        <TextField control={control} name="patient.address.line2" label="Address line 2" />
        <TextField control={control} name="patient.address.city" label="City" />
        <TextField
          control={control}
          name="patient.address.state"
          label="State"
          description="Two letters, e.g. MD"
          maxLength={2}
        />
        <TextField
          control={control}
          name="patient.address.postalCode"
          label="ZIP code"
          inputMode="numeric"
          maxLength={10}
        />
      </SimpleGrid>
    </Stack>
  );
}
