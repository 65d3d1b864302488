import { ListTable } from '../../../ui/list-table';
import { usePages } from '../../../api/use-pages';
import { PagedList } from '../../../ui/paged-list';
import { StatusBadge } from '../../../ui/status-badge';
import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../ui/time';
import { useReferralDetails } from '../referrals/use-referral-details';
import { useFilterParams } from '../shared/use-filter-params';
import {
  assistanceApi,
  assistanceKeys,
  CASE_STATUSES,
  type CaseListItem,
  type CaseStatus,
} from './assistance.api';
import { CASE_STATUS_WORDS } from './assistance-words';

const ANY = 'any';
const STATUS_OPTIONS = [
  { value: ANY, label: 'Any status' },
  ...CASE_STATUSES.map((status) => ({ value: status, label: CASE_STATUS_WORDS[status].label })),
];

/**
 * Copay-assistance cases, oldest first, by status: one per referral, opened by its acceptance or
 * its approval. The case names its referral only, so each row's patient comes from the referral.
 */
export function AssistanceCasesPage() {
  const [params, setParam] = useFilterParams();
  const status: CaseStatus | undefined = CASE_STATUSES.find(
    (known) => known === params.get('status'),
  );
  const cases = usePages(assistanceKeys.list(status), (cursor, signal) =>
    assistanceApi.list({ status, cursor }, signal),
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>Copay assistance</Title>
          <Text size="sm">
            Each referral’s case: screening, the household’s financials, consent and enrolment.
          </Text>
        </Stack>
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? ANY}
          allowDeselect={false}
          onChange={(value) => setParam('status', value && value !== ANY ? value : undefined)}
          w={300}
        />
      </Group>
      <PagedList
        pages={cases}
        label="assistance cases"
        empty={
          status
            ? `No cases ${CASE_STATUS_WORDS[status].label.toLowerCase()}.`
            : 'No assistance cases yet.'
        }
        more="Show more cases"
      >
        {(items) => <CasesTable items={items} />}
      </PagedList>
    </Stack>
  );
}

function CasesTable({ items }: { items: CaseListItem[] }) {
  const referrals = useReferralDetails(items.map((item) => item.referralId));
  return (
    <ListTable
      label="Copay-assistance cases"
      minWidth={860}
      headings={['Patient', 'Status', 'Programme', 'Re-enrol by', 'Opened', 'Last change']}
    >
      {items.map((item) => {
        const patient = referrals.get(item.referralId)?.patient;
        return (
          <Table.Tr key={item.id}>
            <Table.Td>
              <Anchor component={Link} to={`/assistance/${item.id}`}>
                {patient ? `${patient.lastName}, ${patient.firstName}` : 'Open the case'}
              </Anchor>
              {patient?.mrn && <Text size="xs">{patient.mrn}</Text>}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StatusBadge words={CASE_STATUS_WORDS[item.status]} />
            </Table.Td>
            <Table.Td>{item.programmeId ?? '—'}</Table.Td>
            <Table.Td>{formatDate(item.reEnrolmentDueOn)}</Table.Td>
            <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
            <Table.Td>{formatDateTime(item.updatedAt)}</Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
