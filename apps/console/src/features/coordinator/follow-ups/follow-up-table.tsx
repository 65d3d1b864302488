import { ListTable } from '../../../ui/list-table';
import { usePages } from '../../../api/use-pages';
import { PagedList } from '../../../ui/paged-list';
import { StatusBadge } from '../../../ui/status-badge';
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/time';
import { useReferralDetails } from '../referrals/use-referral-details';
import { CompleteDialog } from './complete-dialog';
import { SnoozeDialog } from './snooze-dialog';
import { detailsInWords, FOLLOW_UP_KIND_WORDS, FOLLOW_UP_STATUS_WORDS } from './follow-up-words';
import { followUpKeys, followUpsApi, type FollowUp, type FollowUpFilter } from './follow-ups.api';

const OPEN = new Set(['scheduled', 'due', 'escalated']);

/**
 * Tasks matching a filter, soonest due first, a page at a time, each with what it is about,
 * its patient (from the referral: the task names only ids) and the ways to work it.
 */
export function FollowUpTable({
  filter,
  label,
  empty,
}: {
  filter: FollowUpFilter;
  /** The table's accessible name, e.g. "Escalated follow-ups". */
  label: string;
  empty: string;
}) {
  const tasks = usePages(followUpKeys.list(filter), (cursor, signal) =>
    followUpsApi.list({ ...filter, cursor }, signal),
  );
  const referrals = useReferralDetails([...new Set(tasks.items.map((task) => task.referralId))]);
  const [working, setWorking] = useState<{ task: FollowUp; action: 'complete' | 'snooze' }>();
  const patientOf = (task: FollowUp) => {
    const patient = referrals.get(task.referralId)?.patient;
    return patient ? `${patient.lastName}, ${patient.firstName}` : 'the patient';
  };
  return (
    <>
      <PagedList pages={tasks} label={label.toLowerCase()} empty={empty} more="Show more">
        {(items) => (
          <ListTable
            label={label}
            minWidth={960}
            headings={['Task', 'Patient', 'Due', 'Details', 'Status', 'Actions']}
          >
            {items.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {FOLLOW_UP_KIND_WORDS[task.kind]}
                  </Text>
                  {task.priority === 'high' && (
                    <Badge color="red" variant="outline" tt="none">
                      High priority
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/referrals/${task.referralId}`} size="sm">
                    {referrals.has(task.referralId) ? patientOf(task) : 'Referral'}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDateTime(task.dueAt)}</Text>
                  {task.windowEndsAt && (
                    <Text size="xs">until {formatDateTime(task.windowEndsAt)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{detailsInWords(task.details) || '—'}</Text>
                  {task.reminders > 0 && (
                    <Text size="xs">
                      {task.reminders} reminder{task.reminders === 1 ? '' : 's'} sent
                    </Text>
                  )}
                  {task.note && <Text size="xs">Note: {task.note}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge words={FOLLOW_UP_STATUS_WORDS[task.status]} />
                  {task.closedAt && (
                    <Text size="xs">
                      {formatDateTime(task.closedAt)}
                      {task.closedBy ? ` by ${task.closedBy}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {OPEN.has(task.status) ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" onClick={() => setWorking({ task, action: 'complete' })}>
                        Complete
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setWorking({ task, action: 'snooze' })}
                      >
                        Snooze
                      </Button>
                    </Group>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </PagedList>
      {working?.action === 'complete' && (
        <CompleteDialog
          task={working.task}
          patient={patientOf(working.task)}
          onClose={() => setWorking(undefined)}
        />
      )}
      {working?.action === 'snooze' && (
        <SnoozeDialog
          task={working.task}
          patient={patientOf(working.task)}
          onClose={() => setWorking(undefined)}
        />
      )}
    </>
  );
}
