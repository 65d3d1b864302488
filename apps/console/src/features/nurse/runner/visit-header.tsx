import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
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
        <Badge color={status.color} size="lg" variant="light" style={{ flexShrink: 0 }}>
          {status.label}
        </Badge>
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
        <Text c="dimmed">No address on file</Text>
      )}
      <Group gap="md">
        {patient.phone && (
          <Anchor href={`tel:${patient.phone}`} size="sm">
            Call the patient ({patient.phone})
          </Anchor>
        )}
        {prescriber.phone && (
          <Anchor href={`tel:${prescriber.phone}`} size="sm">
            Call Dr {prescriber.lastName} ({prescriber.phone})
          </Anchor>
        )}
      </Group>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {product.brandName} {product.concentrationPercent}% · {dose.gramsPerInfusionDay} g today
        </Text>
        <Badge color={drug.color} variant="outline">
          {drug.label}
        </Badge>
      </Group>
      {patient.allergies.length > 0 && (
        <Alert color="orange" title="Allergies" p="xs">
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
