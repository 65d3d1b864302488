import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { ProblemError } from '../../../api/problem';
import { ProblemAlert } from '../../../ui/query-view';
import { SectionCard } from '../../../ui/section-card';
import { referralKeys, referralsApi } from '../referrals/referrals.api';
import { DocumentsFields } from './documents-fields';
import { placeProblems } from './form-paths';
import { InsuranceFields } from './insurance-fields';
import { LabsFields } from './labs-fields';
import { OrderFields } from './order-fields';
import { PatientFields } from './patient-fields';
import { PrescriberFields } from './prescriber-fields';
import {
  EMPTY_REFERRAL,
  referralFormSchema,
  type ReferralFormValues,
} from './referral-form.schema';
import { submissionBodyOf } from './submission-body';

/**
 * A prescriber's referral entered by the coordinator: checked here for its shape, then by
 * intake, whose every 400 is shown beside its field (or at the top when no field shows it). An
 * incomplete referral is still recorded: its page lists what is missing.
 */
export function NewReferralPage() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<ReferralFormValues>({
    defaultValues: EMPTY_REFERRAL,
    resolver: zodResolver(referralFormSchema),
  });
  const [refusal, setRefusal] = useState({ placed: 0, unplaced: [] as string[] });
  const summary = useRef<HTMLDivElement>(null);
  // One key per referral being entered: a submission retried after a lost answer is the same
  // submission; the key changes when the form's values do.
  const idempotency = useRef<{ key: string; body: string } | null>(null);

  const submit = useMutation({
    mutationFn: async (values: ReferralFormValues) => {
      const body = await submissionBodyOf(values);
      const text = JSON.stringify(body);
      if (idempotency.current?.body !== text)
        idempotency.current = { key: crypto.randomUUID(), body: text };
      return referralsApi.submit(body, idempotency.current.key);
    },
    onMutate: () => setRefusal({ placed: 0, unplaced: [] }),
    onSuccess: async (referral) => {
      await client.invalidateQueries({ queryKey: referralKeys.all });
      void navigate(`/referrals/${referral.id}`);
    },
    onError: (error) => {
      const placed = placeProblems(error);
      for (const [path, message] of placed.fields)
        form.setError(path as FieldPath<ReferralFormValues>, { type: 'server', message });
      setRefusal({ placed: placed.fields.size, unplaced: placed.unplaced });
      const [first] = placed.fields.keys();
      if (first) form.setFocus(first as FieldPath<ReferralFormValues>);
      else summary.current?.scrollIntoView({ block: 'start' });
    },
  });

  const invalidCount = Object.keys(form.formState.errors).length;
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-labelledby="new-referral-title"
        onSubmit={(event) => void form.handleSubmit((values) => submit.mutate(values))(event)}
      >
        <Stack>
          <Stack gap={2}>
            <Title order={2} id="new-referral-title">
              New referral
            </Title>
            <Text size="sm">
              Fields marked * are required. Anything intake still needs (documents, labs) can be
              added from the referral's page afterwards.
            </Text>
          </Stack>
          <div ref={summary}>
            {submit.isError && <RefusalSummary error={submit.error} {...refusal} />}
            {!submit.isError && form.formState.isSubmitted && invalidCount > 0 && (
              <Alert color="red" title="Some fields need attention" role="alert">
                Each is marked beside its field.
              </Alert>
            )}
          </div>
          <SectionCard title="Patient">
            <PatientFields control={form.control} />
          </SectionCard>
          <SectionCard title="Prescriber">
            <PrescriberFields control={form.control} />
          </SectionCard>
          <SectionCard title="Order">
            <OrderFields control={form.control} />
          </SectionCard>
          <SectionCard title="Insurance">
            <InsuranceFields control={form.control} />
          </SectionCard>
          <SectionCard title="Labs">
            <LabsFields control={form.control} />
          </SectionCard>
          <SectionCard title="Documents">
            <DocumentsFields control={form.control} />
          </SectionCard>
          <Group>
            <Button type="submit" loading={submit.isPending}>
              Submit referral
            </Button>
            <Button component={Link} to="/referrals" variant="default">
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}

/** Why intake refused the referral: the duplicate it already has, or the problems it found. */
function RefusalSummary({
  error,
  placed,
  unplaced,
}: {
  error: unknown;
  placed: number;
  unplaced: string[];
}) {
  const existing =
    error instanceof ProblemError && error.status === 409
      ? error.problem['existingReferralId']
      : undefined;
  if (typeof existing === 'string')
    return (
      <Alert color="yellow" title="This patient already has an open referral" role="alert">
        <Text size="sm">
          Intake keeps one open referral per patient and therapy.{' '}
          <Anchor component={Link} to={`/referrals/${existing}`}>
            Open the existing referral
          </Anchor>{' '}
          to add what is missing there.
        </Text>
      </Alert>
    );
  if (!(error instanceof ProblemError && error.status === 400))
    return <ProblemAlert error={error} title="Intake did not accept the referral" />;
  return (
    <Alert color="red" title="Intake did not accept the referral" role="alert">
      {placed > 0 && (
        <Text size="sm">
          {placed === 1
            ? 'It found a problem, marked beside its field.'
            : `It found ${placed} problems, each marked beside its field.`}
        </Text>
      )}
      {unplaced.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {placed > 0 ? 'And these, which no field shows:' : 'It found these problems:'}
          </Text>
          <List size="sm">
            {unplaced.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
