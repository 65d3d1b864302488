import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { fieldProblems } from '../../api/problem';
import { ProblemAlert } from '../../ui/query-view';
import { dispenseKeys, dispensesApi, type Finding, type Worksheet } from './dispenses.api';
import { FindingItem } from './finding-item';

interface VerifyValues {
  acknowledgements: { code: string; reason: string }[];
}

const EXPLANATION_ID = 'verify-explanation';

/**
 * The findings of the worksheet computed now, and the verification: a stop blocks it and can
 * never be overridden; each warning needs the pharmacist's reason to go ahead; notes need
 * nothing. Verify stays off, saying why, until that holds.
 */
export function VerifyForm({
  dispenseId,
  worksheet,
}: {
  dispenseId: string;
  worksheet: Worksheet;
}) {
  const client = useQueryClient();
  const stops = worksheet.findings.filter((finding) => finding.severity === 'stop');
  const warnings = worksheet.findings.filter((finding) => finding.severity === 'warn');
  const notes = worksheet.findings.filter((finding) => finding.severity === 'info');
  const form = useForm<VerifyValues>({
    defaultValues: {
      acknowledgements: warnings.map((warning) => ({ code: warning.code, reason: '' })),
    },
  });
  const acknowledgements = useWatch({ control: form.control, name: 'acknowledgements' });
  const unanswered = acknowledgements.filter((entry) => entry.reason.trim() === '').length;
  const verify = useMutation({
    mutationFn: (values: VerifyValues) =>
      dispensesApi.verify(dispenseId, {
        acknowledgements: values.acknowledgements.map(({ code, reason }) => ({
          code,
          reason: reason.trim(),
        })),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: dispenseKeys.all }),
    onError: (error) => {
      for (const [path, message] of fieldProblems(error))
        if (/^acknowledgements\.\d+\.reason$/.test(path))
          form.setError(path as `acknowledgements.${number}.reason`, { message });
    },
  });
  const blockedBecause =
    stops.length > 0
      ? `Verify is off: ${stops.length === 1 ? 'a stop blocks' : `${stops.length} stops block`} this dose, and a stop cannot be overridden.`
      : unanswered > 0
        ? `Verify is off until each warning has a reason (${unanswered} of ${warnings.length} left).`
        : null;
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => verify.mutate(values))(event)}
    >
      <Stack>
        {stops.length > 0 && (
          <Alert color="red" title="Verification blocked" role="alert">
            <Text size="sm">
              These stops cannot be acknowledged or overridden. The order or the referral must
              change first (another product, a new prescription, a fresh lab).
            </Text>
          </Alert>
        )}
        <FindingGroup title="Stops" findings={stops} />
        {warnings.length > 0 && (
          <Stack gap="xs">
            <Title order={4}>Warnings: acknowledge each with a reason</Title>
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {warnings.map((warning, index) => (
                <FindingItem key={warning.code} finding={warning}>
                  <Textarea
                    label={`Reason for acknowledging ${warning.code}`}
                    description="Why the dose may go ahead despite this warning"
                    autosize
                    minRows={1}
                    maxRows={5}
                    disabled={stops.length > 0}
                    {...form.register(`acknowledgements.${index}.reason`)}
                    error={form.formState.errors.acknowledgements?.[index]?.reason?.message}
                  />
                </FindingItem>
              ))}
            </Stack>
          </Stack>
        )}
        <FindingGroup title="Notes" findings={notes} />
        {worksheet.findings.length === 0 && <Text size="sm">No findings.</Text>}
        {verify.isError && <ProblemAlert error={verify.error} title="Not verified" />}
        <Group>
          <Button
            type="submit"
            disabled={blockedBecause !== null}
            loading={verify.isPending}
            aria-describedby={blockedBecause ? EXPLANATION_ID : undefined}
          >
            Verify
          </Button>
          {blockedBecause && (
            <Text size="sm" id={EXPLANATION_ID}>
              {blockedBecause}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function FindingGroup({ title, findings }: { title: string; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {findings.map((finding) => (
          <FindingItem key={finding.code} finding={finding} />
        ))}
      </Stack>
    </Stack>
  );
}

/** The findings of a worksheet already verified, read only. */
export function VerifiedFindings({ worksheet }: { worksheet: Worksheet }) {
  if (worksheet.findings.length === 0) return <Text size="sm">No findings.</Text>;
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {worksheet.findings.map((finding) => (
        <FindingItem key={finding.code} finding={finding} />
      ))}
    </Stack>
  );
}
