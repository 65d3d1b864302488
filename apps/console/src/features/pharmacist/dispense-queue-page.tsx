import { ListTable } from '../../ui/list-table';
import { usePages } from '../../api/use-pages';
import { PagedList } from '../../ui/paged-list';
import { StatusBadge } from '../../ui/status-badge';
import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../ui/time';
import { patientName, STATUS_WORDS } from './dispense-words';
import {
  DISPENSE_STATUSES,
  dispenseKeys,
  dispensesApi,
  type DispenseQueueItem,
  type DispenseStatus,
} from './dispenses.api';

const ANY = 'any';
const DEFAULT_STATUS: DispenseStatus = 'awaiting_verification';
const STATUS_OPTIONS = [
  ...DISPENSE_STATUSES.map((status) => ({ value: status, label: STATUS_WORDS[status].label })),
  { value: ANY, label: 'Any status' },
];

function statusOf(value: string | null): DispenseStatus | undefined {
  if (value === ANY) return undefined;
  return DISPENSE_STATUSES.find((status) => status === value) ?? DEFAULT_STATUS;
}

/** The pharmacy's doses by status, the earliest first administration first. */
export function DispenseQueuePage() {
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const dispenses = usePages(dispenseKeys.list(status), (cursor, signal) =>
    dispensesApi.list({ status, cursor }, signal),
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>Dispense queue</Title>
          <Text size="sm" c="dimmed">
            Doses by status, the earliest infusion first.
          </Text>
        </Stack>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? ANY}
          allowDeselect={false}
          onChange={(value) =>
            setParams(value && value !== DEFAULT_STATUS ? { status: value } : {})
          }
          w={260}
        />
      </Group>
      <PagedList
        pages={dispenses}
        label="the dispense queue"
        empty={status ? `No doses ${STATUS_WORDS[status].label.toLowerCase()}.` : 'No doses yet.'}
        more="Show more doses"
      >
        {(items) => <QueueTable items={items} />}
      </PagedList>
    </Stack>
  );
}

function QueueTable({ items }: { items: DispenseQueueItem[] }) {
  return (
    <ListTable
      label="Dispense queue"
      minWidth={820}
      headings={['Patient', 'Therapy', 'Cycle', 'Infusion days', 'Status']}
    >
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <Anchor component={Link} to={`/dispenses/${item.id}`}>
              {patientName(item.patient)}
            </Anchor>
            <Text size="xs" c="dimmed">
              born {formatDate(item.patient.dateOfBirth)}
              {item.patient.mrn ? ` · ${item.patient.mrn}` : ''}
            </Text>
          </Table.Td>
          <Table.Td>
            {item.therapy} · {item.productId}
          </Table.Td>
          <Table.Td>{item.cycle}</Table.Td>
          <Table.Td>{item.administrationDates.map((date) => formatDate(date)).join(', ')}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <StatusBadge words={STATUS_WORDS[item.status]} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
