import { StatusBadge } from '../../../ui/status-badge';
import { REFERRAL_STATUS_WORDS } from '../referrals/referral-words';
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../ui/query-view';
import { SectionCard } from '../../../ui/section-card';
import { formatDate, formatDateTime } from '../../../ui/time';
import { AuthorizationsSection } from '../authorizations/authorizations-section';
import { JourneySection } from '../journey/journey-section';
import { referralKeys, referralsApi, type ReferralView } from '../referrals/referrals.api';
import { AddDocumentForm } from './add-document-form';
import { AddLabForm } from './add-lab-form';
import { MissingItemsChecklist, type AddRequest } from './missing-items-checklist';
import { OnFile } from './on-file';
import { ReferralParticulars } from './referral-particulars';

/**
 * One referral as the coordinator works it: its status, the intake checklist with the ways to
 * complete it (a document, a lab), the journey across every service, and the authorization.
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const referral = useQuery({
    queryKey: referralKeys.one(id),
    queryFn: ({ signal }) => referralsApi.view(id, signal),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/referrals" size="sm">
        Back to the referrals
      </Anchor>
      <QueryView query={referral} label="the referral">
        {(found) => <ReferralDetail referral={found} />}
      </QueryView>
    </Stack>
  );
}

const OPEN = new Set(['pending_documents', 'accepted']);

function ReferralDetail({ referral }: { referral: ReferralView }) {
  const open = OPEN.has(referral.status);
  // A checklist item's button opens its form with the item chosen: the form is made anew (its
  // key) so it starts from that choice, and takes the focus.
  const [request, setRequest] = useState<{ add: AddRequest; nonce: number } | null>(null);
  const forms = useRef<HTMLDivElement>(null);
  const ask = (add: AddRequest) => {
    setRequest((current) => ({ add, nonce: (current?.nonce ?? 0) + 1 }));
    forms.current?.scrollIntoView({ block: 'start' });
  };
  const { patient } = referral;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>
            {patient.lastName}, {patient.firstName}
          </Title>
          <Text size="sm">
            {patient.mrn ? `${patient.mrn} · ` : ''}born {formatDate(patient.dateOfBirth)} ·{' '}
            {referral.order.therapy} referral received {formatDateTime(referral.createdAt)}
          </Text>
        </Stack>
        <StatusBadge words={REFERRAL_STATUS_WORDS[referral.status]} />
      </Group>
      <SectionCard title="Intake checklist">
        <MissingItemsChecklist referral={referral} onAdd={open ? ask : undefined} />
      </SectionCard>
      {open ? (
        <div ref={forms}>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <SectionCard title="Add a document">
              <AddDocumentForm
                key={`document-${request?.add.kind === 'document' ? request.nonce : 0}`}
                referralId={referral.id}
                presetType={request?.add.kind === 'document' ? request.add.type : undefined}
                focusOnMount={request?.add.kind === 'document'}
              />
            </SectionCard>
            <SectionCard title="Add a lab result">
              <AddLabForm
                key={`lab-${request?.add.kind === 'lab' ? request.nonce : 0}`}
                referralId={referral.id}
                presetCode={request?.add.kind === 'lab' ? request.add.code : undefined}
                focusOnMount={request?.add.kind === 'lab'}
              />
            </SectionCard>
          </SimpleGrid>
        </div>
      ) : (
        <Text size="sm">
          This referral is closed: documents and labs can no longer be added to it.
        </Text>
      )}
      <JourneySection referralId={referral.id} />
      <AuthorizationsSection referralId={referral.id} referralStatus={referral.status} />
      <OnFile referral={referral} />
      <ReferralParticulars referral={referral} />
    </Stack>
  );
}
