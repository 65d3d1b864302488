import { List, Stack, Table, Text } from '@mantine/core';
import type { ReleasedLot } from '@infuse/contracts';
import { FactList } from '../../ui/fact-list';
import { SectionCard } from '../../ui/section-card';
import { formatDate, formatDateTime } from '../../ui/time';
import type { DispenseView } from './dispenses.api';

/** What was done to the dose: verified, released with its lots, shipped, delivered. */
export function DispenseHistory({ dispense }: { dispense: DispenseView }) {
  const { verification, release, shipment, delivery } = dispense;
  if (!verification && !release && !shipment && !delivery && dispense.unusableReleases.length === 0)
    return null;
  return (
    <SectionCard title="History">
      <Stack>
        {verification && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Verified by {verification.verifiedBy}, {formatDateTime(verification.verifiedAt)}
            </Text>
            {verification.acknowledgements.length > 0 ? (
              <List size="sm">
                {verification.acknowledgements.map((acknowledgement) => (
                  <List.Item key={acknowledgement.code}>
                    {acknowledgement.code} acknowledged: {acknowledgement.reason}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">No warnings to acknowledge.</Text>
            )}
            {verification.authorizationUpdate && (
              <Text size="sm">
                {verification.authorizationUpdate.productBrand} bills under{' '}
                {verification.authorizationUpdate.requestedHcpcs}, not the authorized{' '}
                {verification.authorizationUpdate.authorizedHcpcs}: prior authorization was asked to
                update the authorization.
              </Text>
            )}
          </Stack>
        )}
        {release && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Released by {release.releasedBy}, {formatDateTime(release.releasedAt)}
            </Text>
            <FactList
              facts={[
                ['Billed', `${release.units} units of ${release.hcpcs}`],
                ['Authorization', release.authorizationNumber],
              ]}
            />
            <LotsTable lots={release.lots} label="Released lots" />
          </Stack>
        )}
        {shipment && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Shipped by {shipment.shippedBy}, {formatDateTime(shipment.shippedAt)}
            </Text>
            <FactList
              facts={[
                ['Carrier', shipment.carrier],
                ['Tracking', shipment.trackingNumber],
                [
                  'Pack-out',
                  `${shipment.packOut.type}, validated ${shipment.packOut.validatedHours} h`,
                ],
                ['Packed', formatDateTime(shipment.packOut.packedAt)],
              ]}
            />
          </Stack>
        )}
        {delivery && (
          <Text fw={600} size="sm">
            Delivered to {delivery.receivedBy}, recorded by {delivery.recordedBy},{' '}
            {formatDateTime(delivery.recordedAt)}:{' '}
            {delivery.temperatureInRange ? 'temperature in range' : 'temperature out of range'}
          </Text>
        )}
        {dispense.unusableReleases.map((unusable, index) => (
          <Stack gap={4} key={index}>
            <Text fw={600} size="sm">
              Arrived out of its temperature range ({unusable.receivedBy},{' '}
              {formatDateTime(unusable.recordedAt)}): the release by {unusable.releasedBy} may not
              be used
            </Text>
            <LotsTable lots={unusable.lots} label={`Unusable lots ${index + 1}`} />
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}

function LotsTable({ lots, label }: { lots: readonly ReleasedLot[]; label: string }) {
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Lot</Table.Th>
          <Table.Th>Vials</Table.Th>
          <Table.Th>Expires</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lots.map((lot) => (
          <Table.Tr key={`${lot.lotNumber}-${lot.vialGrams}`}>
            <Table.Td>{lot.lotNumber}</Table.Td>
            <Table.Td>
              {lot.vials} × {lot.vialGrams} g
            </Table.Td>
            <Table.Td>
              {formatDate(lot.effectiveExpiresOn)}
              {lot.effectiveExpiresOn !== lot.expiresOn
                ? ` (room temperature; printed ${formatDate(lot.expiresOn)})`
                : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
