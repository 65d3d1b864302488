import { ListTable } from '../../../ui/list-table';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePages } from '../../../api/use-pages';
import { PagedList } from '../../../ui/paged-list';
import { StatusBadge } from '../../../ui/status-badge';
import { formatDate, todayInPharmacy } from '../../../ui/time';
import { DRUG_STATUS_WORDS, VISIT_STATUS_WORDS } from '../../nurse/words';
import { useFilterParams } from '../shared/use-filter-params';
import { AssignDialog } from './assign-dialog';
import { RescheduleDialog } from './reschedule-dialog';
import { notBegun, scheduleApi, scheduleKeys, type Nurse, type VisitSummary } from './schedule.api';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day's home visits, as nursing scheduled them from released doses and gave them to the nurse
 * of the patient's territory: who goes where, whether the drug is there, and the visits still
 * without a nurse. A visit not begun can go to another nurse or another day.
 */
export function SchedulePage() {
  const [params, setParam] = useFilterParams();
  const requested = params.get('date') ?? '';
  const date = ISO_DATE.test(requested) ? requested : todayInPharmacy();
  const unassigned = params.get('unassigned') === 'true';
  const filter = { date, unassigned };
  const visits = usePages(scheduleKeys.day(filter), (cursor, signal) =>
    scheduleApi.day(filter, cursor, signal),
  );
  const nurses = useQuery({
    queryKey: scheduleKeys.nurses,
    queryFn: ({ signal }) => scheduleApi.nurses(signal),
    staleTime: 5 * 60_000,
  });
  const [working, setWorking] = useState<{ visit: VisitSummary; action: 'assign' | 'move' }>();
  return (
    <Stack>
      <Stack gap={2}>
        <Title order={2}>Visit schedule</Title>
        <Text size="sm" c="dimmed">
          Home visits by day, each with its nurse.
        </Text>
      </Stack>
      <Group align="flex-end">
        <TextInput
          label="Day"
          type="date"
          value={date}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (ISO_DATE.test(value)) setParam('date', value);
          }}
          w={200}
        />
        <Checkbox
          label="Only visits without a nurse"
          checked={unassigned}
          onChange={(event) =>
            setParam('unassigned', event.currentTarget.checked ? 'true' : undefined)
          }
          mb={8}
        />
      </Group>
      <PagedList
        pages={visits}
        label="visits"
        empty={
          unassigned
            ? `Every visit on ${formatDate(date)} has a nurse.`
            : `No visits on ${formatDate(date)}.`
        }
        more="Show more visits"
      >
        {(items) => (
          <VisitsTable
            items={items}
            nurses={nurses.data ?? []}
            onAssign={(visit) => setWorking({ visit, action: 'assign' })}
            onMove={(visit) => setWorking({ visit, action: 'move' })}
          />
        )}
      </PagedList>
      {working?.action === 'assign' && (
        <AssignDialog visit={working.visit} nurses={nurses} onClose={() => setWorking(undefined)} />
      )}
      {working?.action === 'move' && (
        <RescheduleDialog visit={working.visit} onClose={() => setWorking(undefined)} />
      )}
    </Stack>
  );
}

/** The nurse as the coordinator knows her: her name, else her id. */
function nurseName(nurses: Nurse[], nurseId: string): string {
  return nurses.find((nurse) => nurse.nurseId === nurseId)?.displayName ?? nurseId;
}

function VisitsTable({
  items,
  nurses,
  onAssign,
  onMove,
}: {
  items: VisitSummary[];
  nurses: Nurse[];
  onAssign: (visit: VisitSummary) => void;
  onMove: (visit: VisitSummary) => void;
}) {
  return (
    <ListTable
      label="Visits"
      minWidth={900}
      headings={['Patient', 'Home', 'Dose', 'Drug', 'Status', 'Nurse', 'Actions']}
    >
      {items.map((visit) => (
        <Table.Tr key={visit.id}>
          <Table.Td>
            <Anchor component={Link} to={`/referrals/${visit.referralId}`}>
              {visit.patientName}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">
              {[visit.city, visit.postalCode].filter(Boolean).join(' ') || 'No address'}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{visit.product}</Text>
            <Text size="xs" c="dimmed">
              Cycle {visit.cycle}, day {visit.infusionDay} of {visit.infusionDays}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{DRUG_STATUS_WORDS[visit.drugStatus].label}</Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <StatusBadge words={VISIT_STATUS_WORDS[visit.status]} />
          </Table.Td>
          <Table.Td>
            {visit.nurseId ? (
              <Text size="sm">{nurseName(nurses, visit.nurseId)}</Text>
            ) : (
              <Text size="sm" fw={600} c="var(--mantine-color-error)">
                No nurse
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            {notBegun(visit) ? (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onAssign(visit)}
                  aria-label={`Assign a nurse to ${visit.patientName}'s visit`}
                >
                  {visit.nurseId ? 'Reassign' : 'Assign'}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onMove(visit)}
                  aria-label={`Move ${visit.patientName}'s visit to another day`}
                >
                  Move
                </Button>
              </Group>
            ) : (
              '—'
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
