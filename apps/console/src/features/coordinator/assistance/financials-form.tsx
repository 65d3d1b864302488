import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ProblemAlert } from '../../../ui/query-view';
import { NumberField } from '../shared/form-fields';
import { notNegative, requiredNumber, wholeAtLeastOne } from '../shared/schema-fields';
import { assistanceApi, type CaseView } from './assistance.api';
import { CASE_STATUS_WORDS } from './assistance-words';
import { useCaseChange } from './use-case-change';

// The workers' financials schema: a household of 1 to 20, a yearly income in dollars.
const financialsSchema = z.object({
  householdSize: requiredNumber(
    (value) => wholeAtLeastOne(value) ?? (value > 20 ? 'At most 20 people' : undefined),
  ),
  annualIncome: requiredNumber(notNegative),
});
type FinancialsValues = z.infer<typeof financialsSchema>;

/**
 * The household the income-tested programmes measure the patient by (a foundation's fund, a
 * free-drug programme); the case is screened again with it.
 */
export function FinancialsForm({ assistanceCase }: { assistanceCase: CaseView }) {
  const form = useForm<FinancialsValues>({
    defaultValues: {
      householdSize: assistanceCase.household?.size ?? '',
      annualIncome: assistanceCase.household?.annualIncome ?? '',
    },
    resolver: zodResolver(financialsSchema),
  });
  const record = useCaseChange(form, ['householdSize', 'annualIncome'], (values) =>
    assistanceApi.recordFinancials(assistanceCase.id, {
      householdSize: Number(values.householdSize),
      annualIncome: Number(values.annualIncome),
    }),
  );
  return (
    <form
      noValidate
      aria-label="Household financials"
      onSubmit={(event) => void form.handleSubmit((values) => record.mutate(values))(event)}
    >
      <Stack>
        {record.isSuccess && (
          <Alert color="green" title="Financials recorded" role="status">
            The case was screened again and is now{' '}
            {CASE_STATUS_WORDS[record.data.status].label.toLowerCase()}.
          </Alert>
        )}
        {record.isError && (
          <ProblemAlert error={record.error} title="The financials were not recorded" />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            control={form.control}
            name="householdSize"
            label="Household size"
            description="People in the household, the patient included"
            min={1}
            max={20}
            allowDecimal={false}
            withAsterisk
          />
          <NumberField
            control={form.control}
            name="annualIncome"
            label="Annual household income (USD)"
            description="Before tax, a year"
            min={0}
            decimalScale={2}
            thousandSeparator=","
            prefix="$"
            withAsterisk
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={record.isPending}>
            Record financials
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
