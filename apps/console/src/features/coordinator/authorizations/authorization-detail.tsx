import { StatusBadge } from '../../../ui/status-badge';
import { Alert, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FactList } from '../../../ui/fact-list';
import { QueryView } from '../../../ui/query-view';
import { formatDate, formatDateTime } from '../../../ui/time';
import { DOCUMENT_TYPE_WORDS, LAB_WORDS } from '../shared/referral-words';
import { AUTHORIZATION_KIND_WORDS, AUTHORIZATION_STATUS_WORDS } from './authorization-words';
import {
  authorizationKeys,
  authorizationsApi,
  type AuthorizationView,
  type DatePeriod,
} from './authorizations.api';

/** One request: where it stands, what was asked and granted, and every exchange with the payer. */
export function AuthorizationDetail({ id }: { id: string }) {
  const authorization = useQuery({
    queryKey: authorizationKeys.one(id),
    queryFn: ({ signal }) => authorizationsApi.view(id, signal),
  });
  return (
    <QueryView query={authorization} label="the authorization request">
      {(found) => <Detail authorization={found} />}
    </QueryView>
  );
}

function periodWords(period: DatePeriod | null): string {
  return period ? `${formatDate(period.start)} to ${formatDate(period.end)}` : '—';
}

function Detail({ authorization: a }: { authorization: AuthorizationView }) {
  const facts: [string, ReactNode][] = [
    ['Status', <StatusBadge key="status" words={AUTHORIZATION_STATUS_WORDS[a.status]} />],
    ['Request', AUTHORIZATION_KIND_WORDS[a.kind]],
    ['Payer', a.payerId],
    ['Number', a.authorizationNumber ?? 'None yet'],
    ['Period', periodWords(a.period)],
    [
      'Units',
      a.authorizedUnits !== null
        ? `${a.authorizedUnits} authorized of ${a.requestedUnits ?? '—'} requested`
        : `${a.requestedUnits ?? '—'} requested`,
    ],
  ];
  if (a.product)
    facts.push([
      'Product',
      `${a.product.name} (${a.product.hcpcs}, ${a.product.route}), ${a.product.doseGramsPerKg} g/kg = ${a.product.doseGrams} g a dose`,
    ]);
  if (a.respondBy && (a.status === 'pended' || a.status === 'submitted'))
    facts.push(['Answer due', formatDateTime(a.respondBy)]);
  if (a.memberIdCorrection) facts.push(['Member id used', a.memberIdCorrection]);
  return (
    <Stack>
      <FactList facts={facts} />
      <Problems authorization={a} />
      {a.flags.length > 0 && (
        <Alert color="blue" title="Added since the payer last saw it">
          <List size="sm">
            {a.flags.map((flag) => (
              <List.Item key={`${flag.kind}-${flag.addedAt}`}>
                {flagWords(flag.item)} · added {formatDateTime(flag.addedAt)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Title order={4} size="h5">
            Status history
          </Title>
          <Table.ScrollContainer minWidth={420}>
            <Table aria-label="Status history of the authorization request">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.history.map((change) => (
                  <Table.Tr key={`${change.changedAt}-${change.status}`}>
                    <Table.Td>{formatDateTime(change.changedAt)}</Table.Td>
                    <Table.Td>
                      {AUTHORIZATION_STATUS_WORDS[change.status].label}
                      {change.reason ? ` (${change.reason})` : ''}
                    </Table.Td>
                    <Table.Td>{change.changedBy}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
        <Stack gap="xs">
          <Title order={4} size="h5">
            Exchanges with the payer
          </Title>
          {a.exchanges.length === 0 ? (
            <Text size="sm">None yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table aria-label="Exchanges with the payer">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Exchange</Table.Th>
                    <Table.Th>HTTP</Table.Th>
                    <Table.Th>Payer's answer</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.exchanges.map((exchange) => (
                    <Table.Tr key={`${exchange.occurredAt}-${exchange.operation}`}>
                      <Table.Td>{formatDateTime(exchange.occurredAt)}</Table.Td>
                      <Table.Td>{exchange.operation}</Table.Td>
                      <Table.Td>{exchange.httpStatus ?? '—'}</Table.Td>
                      <Table.Td>{exchange.decision}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/** Why the payer refused, or what it could not read. */
function Problems({ authorization: a }: { authorization: AuthorizationView }) {
  if (a.denialReasons.length === 0 && a.errors.length === 0 && !a.reviewReason) return null;
  return (
    <Alert color="red" title="What the payer said">
      <List size="sm">
        {a.denialReasons.map((reason) => (
          <List.Item key={reason.code}>
            Denied: {reason.display ? `${reason.display} (${reason.code})` : reason.code}
          </List.Item>
        ))}
        {a.errors.map((error, index) => (
          <List.Item key={index}>
            {error.message}
            {error.location ? ` at ${error.location}` : ''}
            {error.code ? ` (${error.code})` : ''}
          </List.Item>
        ))}
        {a.reviewReason && <List.Item>Needs review: {a.reviewReason}</List.Item>}
      </List>
    </Alert>
  );
}

function flagWords(item: AuthorizationView['flags'][number]['item']): string {
  if ('documentId' in item) return `${DOCUMENT_TYPE_WORDS[item.type]}: ${item.title}`;
  return `${LAB_WORDS[item.code].label} ${item.value} ${item.unit} (${formatDate(item.collectedOn)})`;
}
