import { ListTable } from '../../../ui/list-table';
import { Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemError } from '../../../api/problem';
import { FactList } from '../../../ui/fact-list';
import { QueryView } from '../../../ui/query-view';
import { SectionCard } from '../../../ui/section-card';
import { formatDateTime } from '../../../ui/time';
import { daysInWords } from '../shared/days';
import { referralKeys, referralsApi, type JourneyView } from '../referrals/referrals.api';
import {
  factsInWords,
  PARTY_WORDS,
  STAGE_WORDS,
  STEP_WORDS,
  waitingForWords,
} from './journey-words';

/**
 * The referral's journey as every service recorded it: its stage, whom it waits on and for
 * how long, and the timeline of events, oldest first.
 */
export function JourneySection({ referralId }: { referralId: string }) {
  const journey = useQuery({
    queryKey: referralKeys.journey(referralId),
    queryFn: async ({ signal }) => {
      try {
        return await referralsApi.journey(referralId, signal);
      } catch (error) {
        // The journey is built from the referral's events: a referral just submitted has none
        // until its first event is recorded, a moment later.
        if (error instanceof ProblemError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data === null ? 2000 : false),
  });
  return (
    <SectionCard title="Journey">
      <QueryView query={journey} label="the journey">
        {(found) =>
          found ? (
            <Journey journey={found} />
          ) : (
            <Text size="sm" role="status">
              The journey starts as soon as the referral's first event is recorded.
            </Text>
          )
        }
      </QueryView>
    </SectionCard>
  );
}

function stageWords(journey: JourneyView): string {
  if (journey.stage === 'cycle')
    return `Dose ${journey.cycle}${journey.step ? `: ${STEP_WORDS[journey.step]}` : ''}`;
  return STAGE_WORDS[journey.stage];
}

function Journey({ journey }: { journey: JourneyView }) {
  const facts: [string, string][] = [
    ['Stage', stageWords(journey)],
    [
      'Waiting on',
      journey.waiting
        ? `${PARTY_WORDS[journey.waiting.on]}, for ${waitingForWords(journey.waiting.for)}`
        : 'Nobody',
    ],
    [
      'In this stage',
      `${daysInWords(journey.daysInStage)} (since ${formatDateTime(journey.since)})`,
    ],
    ['Doses given', String(journey.dosesGiven)],
  ];
  if (journey.timeToTherapyDays !== null)
    facts.push(['Time to therapy', `${journey.timeToTherapyDays} days`]);
  return (
    <Stack>
      <FactList facts={facts} />
      <ListTable
        label="Journey timeline"
        minWidth={860}
        headings={['When', 'Service', 'Event', 'Who']}
      >
        {journey.timeline.map((item, index) => {
          const details = factsInWords(item.details);
          return (
            <Table.Tr key={`${item.at}-${item.event}-${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.at)}</Table.Td>
              <Table.Td>{item.service}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {item.event}
                </Text>
                <Text size="sm">{item.what}</Text>
                {details && <Text size="xs">{details}</Text>}
              </Table.Td>
              <Table.Td>
                {item.actor
                  ? item.actor.role === 'system'
                    ? `${item.actor.subject.replace(/^system:/, '')} (automatic)`
                    : `${item.actor.subject} (${item.actor.role.replace(/_/g, ' ')})`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ListTable>
    </Stack>
  );
}
