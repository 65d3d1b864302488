import {
  Alert,
  Button,
  Group,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { fieldProblems } from '../../api/problem';
import { ProblemAlert } from '../../ui/query-view';
import { formatDate } from '../../ui/time';
import {
  decisionBodyOf,
  decisionFormSchema,
  EMPTY_DECISION,
  type DecisionValues,
} from './decision.schema';
import { DECISION_WORDS, STATUS_WORDS } from './request-words';
import {
  REVIEW_DECISIONS,
  requestKeys,
  requestsApi,
  type DatePeriod,
  type RequestView,
} from './requests.api';

const FORM_FIELDS = new Set([
  'decision',
  'units',
  'period.start',
  'period.end',
  'reasonCode',
  'note',
]);

/**
 * The reviewer's decision on a pended request: approve (optionally fewer units or another
 * period), approve in part, deny with a reason code, or keep it pended asking for more. The
 * sandbox's 400s are shown next to the fields they name.
 */
export function DecisionForm({ request }: { request: RequestView }) {
  const client = useQueryClient();
  const form = useForm<DecisionValues>({
    defaultValues: EMPTY_DECISION,
    resolver: zodResolver(decisionFormSchema),
  });
  const decide = useMutation({
    mutationFn: (values: DecisionValues) => requestsApi.decide(request.id, decisionBodyOf(values)),
    onSuccess: async () => {
      form.reset(EMPTY_DECISION);
      await client.invalidateQueries({ queryKey: requestKeys.all });
    },
    onError: (error) => {
      for (const [path, message] of fieldProblems(error)) {
        // A problem with the period as a whole (e.g. its order) belongs beside its last day.
        const field = path === 'period' ? 'period.end' : path;
        if (FORM_FIELDS.has(field)) form.setError(field as keyof DecisionValues, { message });
      }
    },
  });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const grants = decision === 'approve' || decision === 'partial';
  const requested = requestedOf(request);
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => decide.mutate(values))(event)}
    >
      <Stack>
        {decide.isSuccess && (
          <Alert color="green" title="Decision recorded" role="status">
            The request is now {STATUS_WORDS[decide.data.status].label.toLowerCase()}
            {decide.data.authorizationNumber
              ? `, authorization number ${decide.data.authorizationNumber}`
              : ''}
            .
          </Alert>
        )}
        {decide.isError && (
          <ProblemAlert error={decide.error} title="The decision was not recorded" />
        )}
        <Controller
          control={form.control}
          name="decision"
          render={({ field }) => (
            <Radio.Group
              label="Decision"
              withAsterisk
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={errors.decision?.message}
            >
              <Stack gap="xs" mt={6}>
                {REVIEW_DECISIONS.map((kind) => (
                  <Radio
                    key={kind}
                    value={kind}
                    label={DECISION_WORDS[kind].label}
                    description={DECISION_WORDS[kind].hint}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {grants && (
          <>
            <Controller
              control={form.control}
              name="units"
              render={({ field }) => (
                <NumberInput
                  label="Units approved"
                  withAsterisk={decision === 'partial'}
                  description={
                    requested.units !== null
                      ? `${requested.units} requested${decision === 'approve' ? '; leave empty to approve them all' : ''}`
                      : 'The request names no units'
                  }
                  allowDecimal={false}
                  allowNegative={false}
                  min={1}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                  onBlur={field.onBlur}
                  error={errors.units?.message}
                  maw={260}
                />
              )}
            />
            <Group align="flex-start" grow maw={540}>
              <TextInput
                type="date"
                label="Period start"
                description={
                  requested.period
                    ? `Requested from ${formatDate(requested.period.start)}`
                    : 'Empty: the period requested'
                }
                {...form.register('period.start')}
                error={errors.period?.start?.message}
              />
              <TextInput
                type="date"
                label="Period end"
                description={
                  requested.period
                    ? `Requested to ${formatDate(requested.period.end)}`
                    : 'Empty: the period requested'
                }
                {...form.register('period.end')}
                error={errors.period?.end?.message}
              />
            </Group>
          </>
        )}
        {decision === 'deny' && (
          <TextInput
            label="Reason code"
            withAsterisk
            description="X12 review decision reason code (code source 886), e.g. OL"
            autoCapitalize="characters"
            maw={260}
            {...form.register('reasonCode', {
              setValueAs: (value: string) => value.trim().toUpperCase(),
            })}
            error={errors.reasonCode?.message}
          />
        )}
        <Textarea
          label={decision === 'pend' ? 'Information needed' : 'Note'}
          withAsterisk={decision === 'pend'}
          description={
            decision === 'pend'
              ? 'What the provider must send before a decision'
              : 'Optional; kept with the decision'
          }
          autosize
          minRows={2}
          maxRows={8}
          {...form.register('note')}
          error={errors.note?.message}
        />
        <Group>
          <Button type="submit" loading={decide.isPending}>
            {decision ? DECISION_WORDS[decision].label : 'Record decision'}
          </Button>
          {decision && (
            <Text size="sm" c="dimmed">
              {decision === 'pend'
                ? 'The request stays pended.'
                : 'This answers the provider and cannot be changed here afterwards.'}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The units and period asked for: those of the items not cancelled, when they agree. */
function requestedOf(request: RequestView): { units: number | null; period: DatePeriod | null } {
  const active = request.requestedItems.filter((item) => !item.cancelled);
  const units = active.map((item) => item.units).filter((value) => value !== null);
  const [first] = active;
  return {
    units: units.length > 0 ? Math.min(...units) : null,
    period: first?.period ?? null,
  };
}
