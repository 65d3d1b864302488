import { ListTable } from '../../ui/list-table';
import { usePages } from '../../api/use-pages';
import { PagedList } from '../../ui/paged-list';
import { StatusBadge } from '../../ui/status-badge';
import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useSignedIn } from '../../session/session-context';
import { formatDate, formatDateTime } from '../../ui/time';
import { STATUS_WORDS } from './request-words';
import {
  REQUEST_STATUSES,
  requestKeys,
  requestsApi,
  type InboxItem,
  type RequestStatus,
} from './requests.api';

const ANY = 'any';
const STATUS_OPTIONS = [
  ...REQUEST_STATUSES.map((status) => ({ value: status, label: STATUS_WORDS[status].label })),
  { value: ANY, label: 'Any status' },
];

function statusOf(value: string | null): RequestStatus | undefined {
  if (value === ANY) return undefined;
  return REQUEST_STATUSES.find((status) => status === value) ?? 'pended';
}

/**
 * The reviewer's inbox: their payer's requests, oldest first, pended ones unless another status
 * is chosen. The sandbox lists only the signed-in payer's requests.
 */
export function RequestsInboxPage() {
  const { payerId } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const requests = usePages(requestKeys.list(status), (cursor, signal) =>
    requestsApi.list({ status, cursor }, signal),
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>Requests</Title>
          <Text size="sm" c="dimmed">
            Prior authorization requests sent to {payerId ?? 'your payer'}, oldest first.
          </Text>
        </Stack>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? ANY}
          allowDeselect={false}
          onChange={(value) => setParams(value && value !== 'pended' ? { status: value } : {})}
          w={220}
        />
      </Group>
      <PagedList
        pages={requests}
        label="requests"
        empty={
          status ? `No ${STATUS_WORDS[status].label.toLowerCase()} requests.` : 'No requests yet.'
        }
        more="Show more requests"
      >
        {(items) => <InboxTable items={items} />}
      </PagedList>
    </Stack>
  );
}

function InboxTable({ items }: { items: InboxItem[] }) {
  return (
    <ListTable
      label="Authorization requests"
      minWidth={900}
      headings={[
        'Reference',
        'Patient',
        'Member id',
        'Diagnosis',
        'Product',
        'Provider',
        'Received',
        'Review due',
        'Status',
      ]}
    >
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/requests/${item.id}`}>
              {item.referenceNumber}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{item.patient.name ?? 'Name not given'}</Text>
            <Text size="xs" c="dimmed">
              born {formatDate(item.patient.birthDate)}
            </Text>
          </Table.Td>
          <Table.Td>{item.patientId}</Table.Td>
          <Table.Td>{item.diagnosis ?? '—'}</Table.Td>
          <Table.Td>{item.productCode ?? '—'}</Table.Td>
          <Table.Td>{item.provider ?? '—'}</Table.Td>
          <Table.Td>{formatDateTime(item.receivedAt)}</Table.Td>
          <Table.Td>{formatDateTime(item.reviewDueAt)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <StatusBadge words={STATUS_WORDS[item.status]} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
