import { ListTable } from '../../../ui/list-table';
import { usePages } from '../../../api/use-pages';
import { PagedList } from '../../../ui/paged-list';
import { StatusBadge } from '../../../ui/status-badge';
import { REFERRAL_STATUS_WORDS } from './referral-words';
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../ui/time';
import { daysInWords, daysSince } from '../shared/days';
import { useFilterParams } from '../shared/use-filter-params';
import { missingItemOf, missingItemWords } from '../shared/missing-items';
import { payerKeyOf, payerWords, UNINSURED } from './payer-of';
import {
  REFERRAL_STATUSES,
  referralKeys,
  referralsApi,
  type ReferralStatus,
  type WorkQueueItem,
} from './referrals.api';

const ANY = 'any';
const STATUS_OPTIONS = [
  { value: ANY, label: 'Any status' },
  ...REFERRAL_STATUSES.map((status) => ({
    value: status,
    label: REFERRAL_STATUS_WORDS[status].label,
  })),
];

function statusOf(value: string | null): ReferralStatus | undefined {
  return REFERRAL_STATUSES.find((status) => status === value);
}

/**
 * The coordinator's work queue: referrals newest first, filtered by status, by payer and by a
 * search on the patient's name or MRN (all the service's own filters), a page at a time.
 */
export function WorkQueuePage() {
  const [params, update] = useFilterParams();
  const status = statusOf(params.get('status'));
  const payer = params.get('payer') ?? ANY;
  const byPayer = payer === ANY ? undefined : payer;
  const q = params.get('q')?.trim().slice(0, 100) ?? '';
  const [search, setSearch] = useState(q);
  // The search is sent once typing pauses, not at every keystroke.
  const searchFor = useDebouncedCallback(
    (text: string) => update('q', text.trim() || undefined),
    300,
  );

  const filter = { status, q: q || undefined, payer: byPayer };
  const referrals = usePages(referralKeys.list(filter), (cursor, signal) =>
    referralsApi.list({ ...filter, cursor }, signal),
  );
  const payerOptions = payerOptionsOf(referrals.items, byPayer);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>Referrals</Title>
          <Text size="sm" c="dimmed">
            The intake work queue, newest first.
          </Text>
        </Stack>
        <Button component={Link} to="/referrals/new">
          New referral
        </Button>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          description="Part of the patient's name, or the MRN"
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            searchFor(event.currentTarget.value);
          }}
          maxLength={100}
          w={280}
        />
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? ANY}
          allowDeselect={false}
          onChange={(value) => update('status', value && value !== ANY ? value : undefined)}
          w={220}
        />
        <Select
          label="Payer"
          description="Of the referrals listed"
          data={[{ value: ANY, label: 'Any payer' }, ...payerOptions]}
          value={payer}
          allowDeselect={false}
          onChange={(value) => update('payer', value && value !== ANY ? value : undefined)}
          w={240}
        />
      </Group>
      <PagedList
        pages={referrals}
        label="referrals"
        empty={emptyWords(status, q, byPayer !== undefined)}
        more="Show more referrals"
      >
        {(items) => <WorkQueueTable items={items} readAt={referrals.query.dataUpdatedAt} />}
      </PagedList>
    </Stack>
  );
}

/** The payers of the referrals listed, and the one filtered by (so it stays selectable). */
function payerOptionsOf(
  items: WorkQueueItem[],
  selected: string | undefined,
): { value: string; label: string }[] {
  const options = new Map<string, string>();
  if (selected) options.set(selected, selected === UNINSURED ? 'Uninsured' : selected);
  for (const { insurance } of items) {
    const key = payerKeyOf(insurance);
    if (!options.has(key) || options.get(key) === key) options.set(key, payerWords(insurance));
  }
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function emptyWords(status: ReferralStatus | undefined, q: string, byPayer: boolean): string {
  if (q) return `No referral matches “${q}”.`;
  if (byPayer) return 'No referrals for this payer.';
  if (status) return `No referrals ${REFERRAL_STATUS_WORDS[status].label.toLowerCase()}.`;
  return 'No referrals yet.';
}

function WorkQueueTable({
  items,
  readAt,
}: {
  items: WorkQueueItem[];
  /** When the queue was read: ages are counted to then, so a render changes none. */
  readAt: number;
}) {
  return (
    <ListTable
      label="Referrals"
      minWidth={960}
      headings={['Patient', 'Status', 'Payer', 'Therapy', 'Received', 'Missing items', 'Age']}
    >
      {items.map((item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <Anchor component={Link} to={`/referrals/${item.id}`}>
              {item.patient.lastName}, {item.patient.firstName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {item.patient.mrn ? `${item.patient.mrn} · ` : ''}born{' '}
              {formatDate(item.patient.dateOfBirth)}
            </Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <StatusBadge words={REFERRAL_STATUS_WORDS[item.status]} />
          </Table.Td>
          <Table.Td>{payerWords(item.insurance)}</Table.Td>
          <Table.Td>
            <Text size="sm">{item.therapy}</Text>
            <Text size="xs" c="dimmed">
              {item.diagnosisCode}
              {item.offLabel ? ' · off-label' : ''}
            </Text>
          </Table.Td>
          <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
          <Table.Td>
            <MissingCount missing={item.missing} />
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {daysInWords(daysSince(item.createdAt, readAt))}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

function MissingCount({ missing }: { missing: string[] }) {
  if (missing.length === 0) return <Text size="sm">None</Text>;
  return (
    <>
      <Text size="sm">{missing.length} missing</Text>
      <Text size="xs" c="dimmed">
        {missing.map((code) => missingItemWords(missingItemOf(code))).join('; ')}
      </Text>
    </>
  );
}
