import { StatusBadge } from '../../ui/status-badge';
import { STATUS_WORDS } from './request-words';
import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FactList } from '../../ui/fact-list';
import { QueryView } from '../../ui/query-view';
import { SectionCard } from '../../ui/section-card';
import { formatDate, formatDateTime } from '../../ui/time';
import { DecisionForm } from './decision-form';
import { RequestClinicalSummary } from './request-clinical-summary';
import { DECISION_WORDS, DETERMINATION_WORDS } from './request-words';
import { requestKeys, requestsApi, type RecordedDecision, type RequestView } from './requests.api';

/** One request: its clinical content, what the payer's rule said, and the reviewer's decision. */
export function RequestPage() {
  const { id = '' } = useParams();
  const request = useQuery({
    queryKey: requestKeys.one(id),
    queryFn: ({ signal }) => requestsApi.view(id, signal),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/requests" size="sm">
        Back to the requests
      </Anchor>
      <QueryView query={request} label="the request">
        {(found) => <RequestDetail request={found} />}
      </QueryView>
    </Stack>
  );
}

function RequestDetail({ request }: { request: RequestView }) {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>Request {request.referenceNumber}</Title>
          <Text size="sm" c="dimmed">
            Received {formatDateTime(request.receivedAt)}
            {request.reviewDueAt ? ` · review due ${formatDateTime(request.reviewDueAt)}` : ''}
          </Text>
        </Stack>
        <StatusBadge words={STATUS_WORDS[request.status]} />
      </Group>
      <RequestClinicalSummary request={request} />
      <SectionCard title="The payer's rule on arrival">
        <Text size="sm">
          The rule chose to {DETERMINATION_WORDS[request.determination.outcome]}.
        </Text>
        {request.determination.reasons.length > 0 && (
          <List size="sm" mt={4}>
            {request.determination.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
      </SectionCard>
      {request.decision && (
        <SectionCard
          title={request.status === 'pended' ? 'Last decision (still pended)' : 'Decision'}
        >
          <RecordedDecisionFacts decision={request.decision} />
        </SectionCard>
      )}
      {request.status === 'pended' ? (
        <SectionCard title="Decide">
          <DecisionForm request={request} />
        </SectionCard>
      ) : (
        <Text size="sm">Only a pended request takes a decision.</Text>
      )}
    </Stack>
  );
}

function RecordedDecisionFacts({ decision }: { decision: RecordedDecision }) {
  const facts: [string, string][] = [
    ['Decision', DECISION_WORDS[decision.decision].label],
    ['By', decision.decidedBy],
    ['At', formatDateTime(decision.decidedAt)],
  ];
  if (decision.units !== undefined) facts.push(['Units', String(decision.units)]);
  if (decision.period)
    facts.push([
      'Period',
      `${formatDate(decision.period.start)} to ${formatDate(decision.period.end)}`,
    ]);
  if (decision.reasonCode)
    facts.push([
      'Reason code',
      [decision.reasonCode.code, decision.reasonCode.display].filter(Boolean).join(' · '),
    ]);
  if (decision.note) facts.push(['Note', decision.note]);
  return <FactList facts={facts} />;
}
