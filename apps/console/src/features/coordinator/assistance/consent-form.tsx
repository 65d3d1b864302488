import { Alert, Button, Group, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ProblemAlert } from '../../../ui/query-view';
import { todayInPharmacy } from '../../../ui/time';
import { TextField } from '../shared/form-fields';
import { pastDate } from '../shared/schema-fields';
import { assistanceApi, type CaseView } from './assistance.api';
import { CASE_STATUS_WORDS } from './assistance-words';
import { useCaseChange } from './use-case-change';

const consentSchema = z.object({ consentedOn: pastDate() });
type ConsentValues = z.infer<typeof consentSchema>;

/** The patient's consent to enrolment; a case waiting only on it goes on to enrol. */
export function ConsentForm({ assistanceCase }: { assistanceCase: CaseView }) {
  const form = useForm<ConsentValues>({
    defaultValues: { consentedOn: todayInPharmacy() },
    resolver: zodResolver(consentSchema),
  });
  const record = useCaseChange(form, ['consentedOn'], (values) =>
    assistanceApi.recordConsent(assistanceCase.id, values),
  );
  return (
    <form
      noValidate
      aria-label="Patient consent"
      onSubmit={(event) => void form.handleSubmit((values) => record.mutate(values))(event)}
    >
      <Stack>
        {record.isSuccess && (
          <Alert color="green" title="Consent recorded" role="status">
            The case is now {CASE_STATUS_WORDS[record.data.status].label.toLowerCase()}.
          </Alert>
        )}
        {record.isError && (
          <ProblemAlert error={record.error} title="The consent was not recorded" />
        )}
        <TextField
          control={form.control}
          name="consentedOn"
          label="Consented on"
          description="The day the patient agreed to enrol"
          type="date"
          maw={260}
          withAsterisk
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            Record consent
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
