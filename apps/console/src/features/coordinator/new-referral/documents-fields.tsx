import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useFormState, type Control } from 'react-hook-form';
import { DOCUMENT_ACCEPT, DOCUMENT_TYPES_IN_WORDS } from '../shared/document-file';
import { FileField, SelectField, TextField } from '../shared/form-fields';
import { DOCUMENT_TYPE_WORDS, optionsOf } from '../shared/referral-words';
import { EMPTY_DOCUMENT, type ReferralFormValues } from './referral-form.schema';

/**
 * The documents sent with the referral: each a file with its kind and title. Intake needs the
 * prescription, clinical notes, a lab report and (when insured) the insurance card.
 */
export function DocumentsFields({ control }: { control: Control<ReferralFormValues> }) {
  const documents = useFieldArray({ control, name: 'documents' });
  const { errors } = useFormState({ control, name: 'documents' });
  // A problem with the documents together (their size), not with one of them.
  const together = errors.documents?.root?.message ?? errors.documents?.message;
  return (
    <Stack>
      <Text size="sm">Accepted: {DOCUMENT_TYPES_IN_WORDS} each.</Text>
      {documents.fields.length === 0 && (
        <Text size="sm">No documents. Add the files you have.</Text>
      )}
      {documents.fields.map((document, index) => (
        <DocumentRow
          key={document.id}
          control={control}
          index={index}
          onRemove={() => documents.remove(index)}
        />
      ))}
      {together && (
        <Text size="sm" c="red.8" role="alert">
          {together}
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={() => documents.append(EMPTY_DOCUMENT)}>
          Add a document
        </Button>
      </Group>
    </Stack>
  );
}

function DocumentRow({
  control,
  index,
  onRemove,
}: {
  control: Control<ReferralFormValues>;
  index: number;
  onRemove: () => void;
}) {
  const { getValues, setValue } = useFormContext<ReferralFormValues>();
  // A document with no title yet is named after its file, which the coordinator may change.
  const nameAfter = (file: File | null) => {
    if (file && getValues(`documents.${index}.title`).trim() === '')
      setValue(`documents.${index}.title`, file.name.replace(/\.[^.]+$/, ''), {
        shouldValidate: true,
      });
  };
  return (
    <Fieldset legend={`Document ${index + 1}`}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} style={{ alignItems: 'end' }}>
        <SelectField
          control={control}
          name={`documents.${index}.type`}
          label="Kind of document"
          data={optionsOf(DOCUMENT_TYPE_WORDS)}
          withAsterisk
        />
        <FileField
          control={control}
          name={`documents.${index}.file`}
          label="File"
          accept={DOCUMENT_ACCEPT}
          clearable
          withAsterisk
          onPicked={nameAfter}
        />
        <TextField control={control} name={`documents.${index}.title`} label="Title" withAsterisk />
        <Group>
          <Button variant="subtle" color="red" onClick={onRemove}>
            Remove
          </Button>
        </Group>
      </SimpleGrid>
    </Fieldset>
  );
}
