import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DocumentType } from '@infuse/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { documentBodyOf } from '../new-referral/submission-body';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_TYPES_IN_WORDS,
  fileProblem,
  sizeInWords,
} from '../shared/document-file';
import { FileField, SelectField, TextField } from '../shared/form-fields';
import { DOCUMENT_TYPE_WORDS, optionsOf } from '../shared/referral-words';
import { requiredChoice, requiredText } from '../shared/schema-fields';
import { splitProblems } from '../shared/split-problems';
import { REFERRAL_STATUS_WORDS } from '../referrals/referral-words';
import { referralsApi } from '../referrals/referrals.api';
import { invalidateReferral } from './invalidate-referral';
import { RefusalAlert } from './refusal-alert';

const documentSchema = z.object({
  type: requiredChoice(DOCUMENT_TYPE_WORDS, 'Choose the kind of document'),
  title: requiredText(200, 'Give the document a title'),
  file: z
    .instanceof(File, { message: 'Choose a file' })
    .nullable()
    .superRefine((file, context) => {
      const problem = file ? fileProblem(file) : 'Choose a file';
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
});
type DocumentValues = z.infer<typeof documentSchema>;

// Intake's pointers into the document body (#/contentBase64) → the form's fields.
function fieldOf(path: string): keyof DocumentValues | undefined {
  if (path === 'type' || path === 'title') return path;
  if (path === 'contentBase64' || path === 'contentType') return 'file';
  return undefined;
}

/**
 * Uploads one document to the referral (`POST /v1/referrals/:id/documents`, its contents in
 * base64 as intake takes them); intake judges the referral again and may accept it.
 */
export function AddDocumentForm({
  referralId,
  presetType,
  focusOnMount = false,
}: {
  referralId: string;
  presetType?: DocumentType;
  focusOnMount?: boolean;
}) {
  const client = useQueryClient();
  const form = useForm<DocumentValues>({
    defaultValues: { type: presetType ?? '', title: '', file: null },
    resolver: zodResolver(documentSchema),
  });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  useEffect(() => {
    if (focusOnMount) form.setFocus('file');
  }, [focusOnMount, form]);
  const add = useMutation({
    mutationFn: async (values: DocumentValues) =>
      referralsApi.addDocument(referralId, await documentBodyOf(values)),
    onMutate: () => setUnplaced([]),
    onSuccess: async () => {
      form.reset({ type: '', title: '', file: null });
      await invalidateReferral(client);
    },
    onError: (error) => {
      const { fields, unplaced: rest } = splitProblems(error, fieldOf);
      for (const [field, message] of fields)
        form.setError(field as keyof DocumentValues, { type: 'server', message });
      setUnplaced(rest);
    },
  });
  const nameAfter = (file: File | null) => {
    if (file && form.getValues('title').trim() === '')
      form.setValue('title', file.name.replace(/\.[^.]+$/, ''), { shouldValidate: true });
  };
  return (
    <form
      noValidate
      aria-label="Add a document"
      onSubmit={(event) => void form.handleSubmit((values) => add.mutate(values))(event)}
    >
      <Stack>
        <Text size="sm">Accepted: {DOCUMENT_TYPES_IN_WORDS}.</Text>
        {add.isSuccess && (
          <Alert color="green" title="Document added" role="status">
            {add.variables.title} ({sizeInWords(add.variables.file?.size ?? 0)}) is on the referral,
            which is now {REFERRAL_STATUS_WORDS[add.data.status].label.toLowerCase()}.
          </Alert>
        )}
        {add.isError && (
          <RefusalAlert error={add.error} unplaced={unplaced} title="The document was not added" />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SelectField
            control={form.control}
            name="type"
            label="Kind of document"
            data={optionsOf(DOCUMENT_TYPE_WORDS)}
            withAsterisk
          />
          <FileField
            control={form.control}
            name="file"
            label="File"
            accept={DOCUMENT_ACCEPT}
            clearable
            withAsterisk
            onPicked={nameAfter}
          />
          <TextField control={form.control} name="title" label="Title" withAsterisk />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            Upload document
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
