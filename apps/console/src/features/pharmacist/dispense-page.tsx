import { StatusBadge } from '../../ui/status-badge';
import { STATUS_WORDS } from './dispense-words';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../ui/query-view';
import { SectionCard } from '../../ui/section-card';
import { formatDate, formatDateTime } from '../../ui/time';
import { DeliveryForm } from './delivery-form';
import { DispenseHistory } from './dispense-history';
import { patientName } from './dispense-words';
import { dispenseKeys, dispensesApi, type DispenseView, type Worksheet } from './dispenses.api';
import { ReleaseForm } from './release-form';
import { ShipForm } from './ship-form';
import { VerifiedFindings, VerifyForm } from './verify-form';
import { WorksheetContext } from './worksheet-context';
import { WorksheetDose } from './worksheet-dose';
import { WorksheetInfusion } from './worksheet-infusion';

/** One dose: its worksheet, and the pharmacist's next step on it. */
export function DispensePage() {
  const { id = '' } = useParams();
  const dispense = useQuery({
    queryKey: dispenseKeys.one(id),
    queryFn: ({ signal }) => dispensesApi.view(id, signal),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/dispenses" size="sm">
        Back to the dispense queue
      </Anchor>
      <QueryView query={dispense} label="the dose">
        {(found) => <DispenseDetail dispense={found} />}
      </QueryView>
    </Stack>
  );
}

function DispenseDetail({ dispense }: { dispense: DispenseView }) {
  const verification = dispense.verification;
  // Before verification, the worksheet computed now; after, the one the pharmacist verified.
  const worksheet: Worksheet | null = verification?.worksheet ?? dispense.worksheet;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>
            {patientName(dispense.patient)}, cycle {dispense.cycle}
          </Title>
          <Text size="sm" c="dimmed">
            Born {formatDate(dispense.patient.dateOfBirth)}
            {dispense.patient.mrn ? ` · ${dispense.patient.mrn}` : ''} · {dispense.therapy} ·
            infusion {dispense.administrationDates.map((date) => formatDate(date)).join(', ')}
          </Text>
        </Stack>
        <StatusBadge words={STATUS_WORDS[dispense.status]} />
      </Group>
      {dispense.cancellation && (
        <Alert color="gray" title="Cancelled">
          {dispense.cancellation.reason} ({dispense.cancellation.cancelledBy},{' '}
          {formatDateTime(dispense.cancellation.cancelledAt)})
        </Alert>
      )}
      <NextStep dispense={dispense} />
      <DispenseHistory dispense={dispense} />
      {worksheet ? (
        <>
          {verification && (
            <Text size="sm">
              The worksheet as {verification.verifiedBy} verified it,{' '}
              {formatDateTime(verification.verifiedAt)}.
            </Text>
          )}
          <WorksheetDose worksheet={worksheet} />
          <WorksheetInfusion worksheet={worksheet} />
          <WorksheetContext worksheet={worksheet} />
          {dispense.status === 'awaiting_verification' ? (
            <SectionCard title="Findings and verification">
              <VerifyForm dispenseId={dispense.id} worksheet={worksheet} />
            </SectionCard>
          ) : (
            <SectionCard title="Findings">
              <VerifiedFindings worksheet={worksheet} />
            </SectionCard>
          )}
        </>
      ) : (
        <Alert color="red" title="No worksheet: verification is blocked" role="alert">
          {dispense.worksheetProblem?.message ?? 'The worksheet cannot be computed for this dose.'}{' '}
          Verify stays off until the order or the referral changes.
        </Alert>
      )}
    </Stack>
  );
}

/** The step the dose waits for, above the rest: release, ship or delivery. */
function NextStep({ dispense }: { dispense: DispenseView }) {
  const verification = dispense.verification;
  switch (dispense.status) {
    case 'verified':
    case 'reopened':
      return verification ? (
        <SectionCard title="Release">
          <ReleaseForm dispense={{ ...dispense, verification }} />
        </SectionCard>
      ) : null;
    case 'released':
      return (
        <SectionCard title="Ship">
          <ShipForm dispenseId={dispense.id} />
        </SectionCard>
      );
    case 'shipped':
      return (
        <SectionCard title="Delivery">
          <DeliveryForm dispenseId={dispense.id} />
        </SectionCard>
      );
    case 'awaiting_verification':
    case 'delivered':
    case 'cancelled':
      return null;
  }
}
