import { StatusBadge } from '../../../ui/status-badge';
import { AUTHORIZATION_STATUS_WORDS } from './authorization-words';
import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryView } from '../../../ui/query-view';
import { SectionCard } from '../../../ui/section-card';
import { formatDateTime } from '../../../ui/time';
import type { ReferralStatus } from '../referrals/referrals.api';
import { AuthorizationDetail } from './authorization-detail';
import { AUTHORIZATION_KIND_WORDS } from './authorization-words';
import {
  authorizationKeys,
  authorizationsApi,
  type AuthorizationListItem,
} from './authorizations.api';

/**
 * The referral's prior authorization: every request prior-auth opened for it (the first, its
 * renewals and updates), newest first, with the chosen one's detail (the newest unless another
 * is chosen).
 */
export function AuthorizationsSection({
  referralId,
  referralStatus,
}: {
  referralId: string;
  referralStatus: ReferralStatus;
}) {
  const requests = useQuery({
    queryKey: authorizationKeys.ofReferral(referralId),
    queryFn: ({ signal }) => authorizationsApi.ofReferral(referralId, signal),
  });
  const [chosen, setChosen] = useState<string | undefined>();
  return (
    <SectionCard title="Authorization">
      <QueryView query={requests} label="the authorization">
        {({ items }) => {
          if (items.length === 0)
            return (
              <Text size="sm">
                {referralStatus === 'pending_documents'
                  ? 'None yet: prior-auth asks the payer once intake accepts the referral.'
                  : 'None yet. An uninsured referral needs none; otherwise prior-auth opens one shortly after acceptance.'}
              </Text>
            );
          const shown = items.find((item) => item.id === chosen) ?? items[0];
          return (
            <Stack>
              {items.length > 1 && (
                <RequestsTable items={items} shownId={shown?.id} onChoose={setChosen} />
              )}
              {shown && <AuthorizationDetail id={shown.id} />}
            </Stack>
          );
        }}
      </QueryView>
    </SectionCard>
  );
}

function RequestsTable({
  items,
  shownId,
  onChoose,
}: {
  items: AuthorizationListItem[];
  shownId: string | undefined;
  onChoose: (id: string) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Authorization requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Request</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Number</Table.Th>
            <Table.Th>Units</Table.Th>
            <Table.Th>Opened</Table.Th>
            <Table.Th>
              <VisuallyHidden>Detail</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{AUTHORIZATION_KIND_WORDS[item.kind]}</Table.Td>
              <Table.Td>
                <StatusBadge words={AUTHORIZATION_STATUS_WORDS[item.status]} />
              </Table.Td>
              <Table.Td>{item.authorizationNumber ?? '—'}</Table.Td>
              <Table.Td>
                {item.authorizedUnits ?? '—'} of {item.requestedUnits ?? '—'}
              </Table.Td>
              <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
              <Table.Td>
                {item.id === shownId ? (
                  <Text size="sm">Shown below</Text>
                ) : (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => onChoose(item.id)}
                    aria-label={`Show the ${AUTHORIZATION_KIND_WORDS[item.kind].toLowerCase()} opened ${formatDateTime(item.createdAt)}`}
                  >
                    Show
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
