import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { StatusTag } from '../status-tag';
import { formatDate } from '../../../ui/time';
import type { VisitView } from '../visits.api';
import { DRUG_STATUS_WORDS, VISIT_STATUS_WORDS } from '../words';
import type { VisitProgress } from './visit-progress';

/** Who, where, what: the patient, the home, the drug at the home, and where the visit stands. */
export function VisitHeader({ visit, progress }: { visit: VisitView; progress: VisitProgress }) {
  const { patient, prescriber, product, dose } = visit;
  const stage = visit.status === 'cancelled' ? 'cancelled' : progress.stage;
  const status = VISIT_STATUS_WORDS[stage];
  const drug = DRUG_STATUS_WORDS[visit.drugStatus];
  const address = patient.address;
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2}>
          {patient.firstName} {patient.lastName}
        </Title>
        <StatusTag color={status.color} size="lg">
          {status.label}
        </StatusTag>
      </Group>
      <Text size="sm">
        Born {formatDate(patient.dateOfBirth)} · {formatDate(visit.visitDate)} · infusion day{' '}
        {visit.infusionDay} of {visit.infusionDays}, cycle {visit.cycle}
      </Text>
      {address ? (
        <Text>
          {address.line1}
          {address.line2 ? `, ${address.line2}` : ''}, {address.city} {address.state}{' '}
          {address.postalCode}
        </Text>
      ) : (
        <Text c="gray.7">No address on file</Text>
      )}
      <Group gap="xs" grow>
        {patient.phone && (
          <Button component="a" href={`tel:${patient.phone}`} variant="default" size="md">
            Call the patient
          </Button>
        )}
        {prescriber.phone && (
          <Button component="a" href={`tel:${prescriber.phone}`} variant="default" size="md">
            Call Dr {prescriber.lastName}
          </Button>
        )}
      </Group>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {product.brandName} {product.concentrationPercent}% · {dose.gramsPerInfusionDay} g today
        </Text>
        <StatusTag color={drug.color}>{drug.label}</StatusTag>
      </Group>
      {patient.allergies.length > 0 && (
        <Alert color="red" title="Allergies" p="xs">
          {patient.allergies.join(', ')}
        </Alert>
      )}
      {patient.conditions.length > 0 && (
        <Text size="sm">Risk conditions: {patient.conditions.join(', ').replace(/_/g, ' ')}</Text>
      )}
      {visit.status === 'cancelled' && (
        <Alert color="gray" title="Visit cancelled">
          The visit was cancelled with its dose. Nothing more can be recorded.
        </Alert>
      )}
      {visit.drugStatus === 'unusable' && (
        <Alert color="red" title="The drug may not be given">
          The delivery arrived out of its temperature range. Call the pharmacy.
        </Alert>
      )}
    </Stack>
  );
}
