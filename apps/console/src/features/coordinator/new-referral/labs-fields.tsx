import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useWatch, type Control } from 'react-hook-form';
import { NumberField, SelectField, TextField } from '../shared/form-fields';
import { EMPTY_LAB } from '../shared/lab-entry.schema';
import { LAB_WORDS, optionsOf } from '../shared/referral-words';
import type { ReferralFormValues } from './referral-form.schema';

/**
 * The lab results sent with the referral, as many as there are. Intake needs BUN and creatinine
 * from the last 30 days, IgA for a new start and IgG for a primary immunodeficiency; what is
 * missing can be added later from the referral's page.
 */
export function LabsFields({ control }: { control: Control<ReferralFormValues> }) {
  const labs = useFieldArray({ control, name: 'labs' });
  return (
    <Stack>
      {labs.fields.length === 0 && <Text size="sm">No labs. Add the results you have.</Text>}
      {labs.fields.map((lab, index) => (
        <LabRow key={lab.id} control={control} index={index} onRemove={() => labs.remove(index)} />
      ))}
      <Group>
        <Button variant="default" onClick={() => labs.append(EMPTY_LAB)}>
          Add a lab
        </Button>
      </Group>
    </Stack>
  );
}

function LabRow({
  control,
  index,
  onRemove,
}: {
  control: Control<ReferralFormValues>;
  index: number;
  onRemove: () => void;
}) {
  const code = useWatch({ control, name: `labs.${index}.code` });
  return (
    <Fieldset legend={`Lab ${index + 1}`}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} style={{ alignItems: 'end' }}>
        <SelectField
          control={control}
          name={`labs.${index}.code`}
          label="Lab"
          data={optionsOf(LAB_WORDS)}
          withAsterisk
        />
        <NumberField
          control={control}
          name={`labs.${index}.value`}
          label={code ? `Value (${LAB_WORDS[code].unit})` : 'Value'}
          min={0}
          withAsterisk
        />
        <TextField
          control={control}
          name={`labs.${index}.collectedOn`}
          label="Collected on"
          type="date"
          withAsterisk
        />
        <Group>
          <Button variant="subtle" color="red" onClick={onRemove}>
            Remove
          </Button>
        </Group>
      </SimpleGrid>
    </Fieldset>
  );
}
