import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ProblemAlert } from '../../../ui/query-view';
import { NumberField, SelectField } from '../shared/form-fields';
import { optionsOf } from '../shared/referral-words';
import { notNegative, requiredChoice, requiredNumber } from '../shared/schema-fields';
import { assistanceApi, type CaseView } from './assistance.api';
import { PLAN_DESIGN_WORDS } from './assistance-words';
import { useCaseChange } from './use-case-change';

const benefitsSchema = z.object({
  costSharePerDose: requiredNumber(notNegative),
  planDesign: requiredChoice(PLAN_DESIGN_WORDS),
});
type BenefitsValues = z.infer<typeof benefitsSchema>;

/**
 * What the benefits investigation found: the patient's cost share per dose, counted against the
 * programme's annual maximum at every release, and whether the plan is an accumulator or a
 * maximizer, which spends the programme faster.
 */
export function BenefitsForm({ assistanceCase }: { assistanceCase: CaseView }) {
  const form = useForm<BenefitsValues>({
    defaultValues: {
      costSharePerDose: assistanceCase.benefits?.costSharePerDose ?? '',
      planDesign: assistanceCase.benefits?.planDesign ?? '',
    },
    resolver: zodResolver(benefitsSchema),
  });
  const record = useCaseChange(form, ['costSharePerDose', 'planDesign'], (values) => {
    if (values.planDesign === '') throw new Error('benefits without a plan design');
    return assistanceApi.recordBenefits(assistanceCase.id, {
      costSharePerDose: Number(values.costSharePerDose),
      planDesign: values.planDesign,
    });
  });
  return (
    <form
      noValidate
      aria-label="Benefits investigation"
      onSubmit={(event) => void form.handleSubmit((values) => record.mutate(values))(event)}
    >
      <Stack>
        {record.isSuccess && (
          <Alert color="green" title="Benefits recorded" role="status">
            Each dose released now counts its cost share against the programme’s annual maximum.
          </Alert>
        )}
        {record.isError && (
          <ProblemAlert error={record.error} title="The benefits were not recorded" />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberField
            control={form.control}
            name="costSharePerDose"
            label="Cost share per dose (USD)"
            description="What the patient owes for one dose under the plan"
            min={0}
            decimalScale={2}
            thousandSeparator=","
            prefix="$"
            withAsterisk
          />
          <SelectField
            control={form.control}
            name="planDesign"
            label="Plan design"
            data={optionsOf(PLAN_DESIGN_WORDS)}
            withAsterisk
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={record.isPending}>
            Record benefits
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
