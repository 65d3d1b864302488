import { List, Stack, Table, Text } from '@mantine/core';
import { FactList } from '../../ui/fact-list';
import { SectionCard } from '../../ui/section-card';
import type { Worksheet } from './dispenses.api';
import { Sources } from './worksheet-dose';

/** The pump rates per step the nurse will run, premedication and the observation after. */
export function WorksheetInfusion({ worksheet }: { worksheet: Worksheet }) {
  const plan = worksheet.infusionPlan;
  const perSite = plan?.route === 'SC';
  return (
    <Stack>
      <SectionCard title="Infusion plan">
        {!plan ? (
          <Text>No plan could be computed; a stop finding says why.</Text>
        ) : (
          <Stack gap="xs">
            <Table.ScrollContainer minWidth={560}>
              <Table aria-label="Pump rates per step" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Step</Table.Th>
                    <Table.Th>From minute</Table.Th>
                    <Table.Th>For</Table.Th>
                    <Table.Th>Rate{perSite ? ' per site' : ''}</Table.Th>
                    <Table.Th>mg/kg/min</Table.Th>
                    <Table.Th>mL/kg/h</Table.Th>
                    <Table.Th>Volume</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.steps.map((step) => (
                    <Table.Tr key={step.step}>
                      <Table.Td>{step.step}</Table.Td>
                      <Table.Td>{step.startMinute}</Table.Td>
                      <Table.Td>{step.durationMinutes} min</Table.Td>
                      <Table.Td>{step.mlPerHour} mL/h</Table.Td>
                      <Table.Td>{step.mgPerKgMin ?? '—'}</Table.Td>
                      <Table.Td>{step.mlPerKgPerHour ?? '—'}</Table.Td>
                      <Table.Td>{step.volumeMl} mL</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <FactList
              facts={[
                [
                  'Highest rate',
                  `${plan.maxMlPerHour} mL/h${perSite ? ' per site' : ''}${plan.maxMgPerKgMin !== undefined ? ` (${plan.maxMgPerKgMin} mg/kg/min)` : ''}`,
                ],
                ...(plan.rateCap
                  ? [
                      [
                        'Rate cap',
                        `${plan.rateCap.inclusive ? 'at most' : 'below'} ${plan.rateCap.mgPerKgMin} mg/kg/min: ${plan.rateCap.reason}`,
                      ] as [string, string],
                    ]
                  : []),
                ...(plan.sites !== undefined
                  ? [['Sites', `${plan.sites} × ${plan.mlPerSite ?? '?'} mL`] as [string, string]]
                  : []),
                ['Volume', `${plan.totalVolumeMl} mL over ${plan.infusionMinutes} min`],
                [
                  'Step rule',
                  plan.stepRuleFromLabel ? "the product's label" : "the pharmacy's local protocol",
                ],
                ['Observation after', `${worksheet.observationMinutes} min`],
              ]}
            />
            <Sources sources={plan.sources} />
          </Stack>
        )}
      </SectionCard>
      <SectionCard title="Premedication and monitoring">
        <Stack gap="xs">
          <Text size="sm">{worksheet.premedication.advice}</Text>
          <Text size="sm">
            <strong>If a reaction occurs: </strong>
            {worksheet.premedication.reactionManagement}
          </Text>
          {worksheet.monitoring.length > 0 && (
            <List size="sm">
              {worksheet.monitoring.map((task) => (
                <List.Item key={task.code}>{task.description}</List.Item>
              ))}
            </List>
          )}
          <Sources sources={worksheet.premedication.sources} />
        </Stack>
      </SectionCard>
    </Stack>
  );
}
