import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { StatusTag } from './status-tag';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryView } from '../../ui/query-view';
import { formatDate, todayInPharmacy } from '../../ui/time';
import { NurseFrame } from './nurse-frame';
import { useUpdateQueue } from './queue/use-update-queue';
import { visitKeys, visitsApi, type VisitSummary, type VisitView } from './visits.api';
import { DRUG_STATUS_WORDS, VISIT_STATUS_WORDS } from './words';

/**
 * The nurse's visits today (the pharmacy's day). Each visit is read too, so its record, plan
 * and address are on the device (the service worker keeps them) before she loses the signal.
 */
export function TodayVisitsPage() {
  const today = todayInPharmacy();
  const day = useQuery({
    queryKey: visitKeys.day(today),
    queryFn: () => visitsApi.day(today),
    // Asked even offline: the service worker answers with the last list it kept.
    networkMode: 'offlineFirst',
  });
  const details = useQueries({
    queries: (day.data ?? []).map((visit) => ({
      queryKey: visitKeys.one(visit.id),
      queryFn: () => visitsApi.one(visit.id),
      networkMode: 'offlineFirst' as const,
    })),
  });
  const detailOf = new Map(
    details.flatMap((detail) => (detail.data ? [[detail.data.id, detail.data] as const] : [])),
  );
  return (
    <NurseFrame>
      <Stack gap="sm">
        <div>
          <Title order={2}>Today&apos;s visits</Title>
          <Text c="gray.7">{formatDate(today)}</Text>
        </div>
        <QueryView query={day} label="today's visits">
          {(visits) =>
            visits.length === 0 ? (
              <Text>No visits today.</Text>
            ) : (
              <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {visits.map((visit) => (
                  <li key={visit.id}>
                    <VisitCard visit={visit} detail={detailOf.get(visit.id)} />
                  </li>
                ))}
              </Stack>
            )
          }
        </QueryView>
      </Stack>
    </NurseFrame>
  );
}

function VisitCard({ visit, detail }: { visit: VisitSummary; detail: VisitView | undefined }) {
  const { updates } = useUpdateQueue();
  const waiting = updates.filter(
    (queued) => queued.visitId === visit.id && queued.state === 'waiting',
  ).length;
  const status = VISIT_STATUS_WORDS[visit.status];
  const drug = DRUG_STATUS_WORDS[visit.drugStatus];
  const address = detail?.patient.address;
  return (
    <Card withBorder padding="md" component={Link} to={`/visits/${visit.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} size="lg">
            {visit.patientName}
          </Text>
          <StatusTag color={status.color}>{status.label}</StatusTag>
        </Group>
        <Text size="sm">
          {address
            ? `${address.line1}${address.line2 ? `, ${address.line2}` : ''}, ${address.city} ${address.state} ${address.postalCode}`
            : [visit.city, visit.postalCode].filter(Boolean).join(' ') || 'No address on file'}
        </Text>
        <Text size="sm">
          {formatDate(visit.visitDate)}, all day (no set time) · infusion day {visit.infusionDay} of{' '}
          {visit.infusionDays}
        </Text>
        <Group gap="xs">
          <Text size="sm">{visit.product}</Text>
          <StatusTag color={drug.color}>{drug.label}</StatusTag>
        </Group>
        {waiting > 0 && (
          <Text size="sm" fw={600}>
            {waiting} {waiting === 1 ? 'update' : 'updates'} on this device not sent yet
          </Text>
        )}
      </Stack>
    </Card>
  );
}
