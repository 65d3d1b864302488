import { Group, Select, Stack, Text, Title } from '@mantine/core';
import type { FollowUpKind } from '@infuse/contracts';
import { SectionCard } from '../../../ui/section-card';
import { isOneOf, optionsOf } from '../shared/referral-words';
import { useFilterParams } from '../shared/use-filter-params';
import { FollowUpTable } from './follow-up-table';
import { FOLLOW_UP_KIND_WORDS, FOLLOW_UP_STATUS_WORDS } from './follow-up-words';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-ups.api';

const OPEN = 'open';
const ANY = 'any';
const STATUS_OPTIONS = [
  { value: OPEN, label: 'Open (escalated, due, scheduled)' },
  ...FOLLOW_UP_STATUSES.map((status) => ({
    value: status,
    label: FOLLOW_UP_STATUS_WORDS[status].label,
  })),
  { value: ANY, label: 'Any status' },
];

// The open view: the workers list one status at a time, so each open status is its own table,
// the most urgent first.
const OPEN_SECTIONS: { status: FollowUpStatus; title: string; empty: string }[] = [
  { status: 'escalated', title: 'Escalated', empty: 'Nothing escalated.' },
  { status: 'due', title: 'Due now', empty: 'Nothing due.' },
  { status: 'scheduled', title: 'Coming up', empty: 'Nothing scheduled.' },
];

/** The coordinator's follow-up tasks: open ones by urgency, or any status, by kind. */
export function FollowUpsPage() {
  const [params, setParam] = useFilterParams();
  const statusParam = params.get('status') ?? OPEN;
  const status = FOLLOW_UP_STATUSES.find((known) => known === statusParam);
  const kindParam = params.get('kind') ?? '';
  const kind: FollowUpKind | undefined = isOneOf(FOLLOW_UP_KIND_WORDS, kindParam)
    ? kindParam
    : undefined;
  const kindWords = kind ? FOLLOW_UP_KIND_WORDS[kind].toLowerCase() : undefined;
  return (
    <Stack>
      <Stack gap={2}>
        <Title order={2}>Follow-ups</Title>
        <Text size="sm">Tasks the workers opened from events, soonest due first.</Text>
      </Stack>
      <Group align="flex-end">
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? (statusParam === ANY ? ANY : OPEN)}
          allowDeselect={false}
          onChange={(value) => setParam('status', value && value !== OPEN ? value : undefined)}
          w={280}
        />
        <Select
          label="Kind"
          data={[{ value: ANY, label: 'Any kind' }, ...optionsOf(FOLLOW_UP_KIND_WORDS)]}
          value={kind ?? ANY}
          allowDeselect={false}
          onChange={(value) => setParam('kind', value && value !== ANY ? value : undefined)}
          w={260}
        />
      </Group>
      {status || statusParam === ANY ? (
        <FollowUpTable
          filter={{ status, kind }}
          label="Follow-ups"
          empty={`No ${status ? FOLLOW_UP_STATUS_WORDS[status].label.toLowerCase() : ''} ${kindWords ?? ''} follow-ups.`.replace(
            /\s+/g,
            ' ',
          )}
        />
      ) : (
        OPEN_SECTIONS.map((section) => (
          <SectionCard key={section.status} title={section.title}>
            <FollowUpTable
              filter={{ status: section.status, kind }}
              label={`${section.title} follow-ups`}
              empty={section.empty}
            />
          </SectionCard>
        ))
      )}
    </Stack>
  );
}
