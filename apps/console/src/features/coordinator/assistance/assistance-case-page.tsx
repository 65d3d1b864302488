import { StatusBadge } from '../../../ui/status-badge';
import { CASE_STATUS_WORDS } from './assistance-words';
import { Alert, Anchor, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { FactList } from '../../../ui/fact-list';
import { QueryView } from '../../../ui/query-view';
import { SectionCard } from '../../../ui/section-card';
import { formatDate, formatDateTime } from '../../../ui/time';
import { referralKeys, referralsApi } from '../referrals/referrals.api';
import { PLAN_TYPE_WORDS } from '../shared/referral-words';
import { assistanceApi, assistanceKeys, type CaseView } from './assistance.api';
import {
  CLOSE_REASON_WORDS,
  formatDollars,
  PLAN_DESIGN_WORDS,
  PROGRAMME_KIND_WORDS,
  WARNING_WORDS,
} from './assistance-words';
import { BenefitsForm } from './benefits-form';
import { ConsentForm } from './consent-form';
import { FinancialsForm } from './financials-form';
import { ScreeningPanel } from './screening-panel';

/**
 * One copay-assistance case: what it still needs, the screening with every programme's reasons,
 * the enrolment and the benefit used, and the coordinator's forms (household financials, the
 * patient's consent, the benefits investigation).
 */
export function AssistanceCasePage() {
  const { id = '' } = useParams();
  const assistanceCase = useQuery({
    queryKey: assistanceKeys.one(id),
    queryFn: ({ signal }) => assistanceApi.view(id, signal),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/assistance" size="sm">
        Back to the copay-assistance cases
      </Anchor>
      <QueryView query={assistanceCase} label="the assistance case">
        {(found) => <CaseDetail assistanceCase={found} />}
      </QueryView>
    </Stack>
  );
}

function CaseDetail({ assistanceCase: c }: { assistanceCase: CaseView }) {
  const referral = useQuery({
    queryKey: referralKeys.one(c.referralId),
    queryFn: ({ signal }) => referralsApi.view(c.referralId, signal),
    staleTime: 60_000,
  });
  const patient = referral.data?.patient;
  const open = c.status !== 'closed';
  const facts: [string, ReactNode][] = [
    [
      'Referral',
      <Anchor key="referral" component={Link} to={`/referrals/${c.referralId}`} size="sm">
        {patient ? `${patient.lastName}, ${patient.firstName}` : 'Open the referral'}
      </Anchor>,
    ],
    ['Plan', c.planType ? PLAN_TYPE_WORDS[c.planType] : 'Not known yet'],
    ['Product', c.product ? `${c.product.productId} (${c.product.manufacturer})` : 'Not known yet'],
    [
      'Household',
      c.household
        ? `${c.household.size} ${c.household.size === 1 ? 'person' : 'people'}, ${formatDollars(c.household.annualIncome)} a year`
        : 'Not recorded',
    ],
    [
      'Benefits',
      c.benefits
        ? `${formatDollars(c.benefits.costSharePerDose)} a dose, ${PLAN_DESIGN_WORDS[c.benefits.planDesign].toLowerCase()}`
        : 'Not recorded',
    ],
    [
      'Consent',
      c.consent
        ? `Given ${formatDate(c.consent.consentedOn)}, recorded by ${c.consent.recordedBy}`
        : 'Not recorded',
    ],
    ['Opened', formatDateTime(c.createdAt)],
  ];
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>
            Copay assistance{patient ? `: ${patient.lastName}, ${patient.firstName}` : ''}
          </Title>
          <Text size="sm">Last changed {formatDateTime(c.updatedAt)}</Text>
        </Stack>
        <StatusBadge words={CASE_STATUS_WORDS[c.status]} />
      </Group>
      {c.needs.length > 0 && (
        <Alert color="yellow" title="Still needed">
          <List size="sm">
            {c.needs.map((need) => (
              <List.Item key={need}>{need}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {c.denialReason && (
        <Alert color="red" title="The programme denied enrolment">
          {c.denialReason}
        </Alert>
      )}
      {c.closedReason && (
        <Alert color="gray" title="Closed">
          {CLOSE_REASON_WORDS[c.closedReason]}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <SectionCard title="Case">
          <FactList facts={facts} />
        </SectionCard>
        <SectionCard title="Enrolment">
          {c.enrolment ? (
            <Stack gap="xs">
              <FactList
                facts={[
                  [
                    'Programme',
                    `${c.enrolment.programme.programmeId} (${PROGRAMME_KIND_WORDS[c.enrolment.programme.kind].toLowerCase()})`,
                  ],
                  ['Member id', c.enrolment.programmeMemberId],
                  ['Annual maximum', formatDollars(c.enrolment.annualMaximum)],
                  [
                    'Used',
                    `${formatDollars(c.enrolment.usedAmount)} (${Math.round((c.enrolment.usedAmount / c.enrolment.annualMaximum) * 100)} %)`,
                  ],
                  ['Ends', formatDate(c.enrolment.endsOn)],
                  ['Re-enrol by', formatDate(c.enrolment.reEnrolmentDueOn)],
                ]}
              />
              {c.warnings.length > 0 && (
                <Alert color="orange" title="Warnings">
                  <List size="sm">
                    {c.warnings.map((warning) => (
                      <List.Item key={warning}>{WARNING_WORDS[warning]}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
            </Stack>
          ) : (
            <Text size="sm">
              {c.programme
                ? `Not enrolled yet; enrolment will use ${c.programme.programmeId}.`
                : 'Not enrolled.'}
            </Text>
          )}
        </SectionCard>
      </SimpleGrid>
      {open && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <SectionCard title="Household financials">
            <FinancialsForm assistanceCase={c} />
          </SectionCard>
          <SectionCard title="Patient consent">
            {c.consent ? (
              <Text size="sm">
                The patient consented on {formatDate(c.consent.consentedOn)}; it stands for this
                case.
              </Text>
            ) : (
              <ConsentForm assistanceCase={c} />
            )}
          </SectionCard>
          <SectionCard title="Benefits investigation">
            <BenefitsForm assistanceCase={c} />
          </SectionCard>
        </SimpleGrid>
      )}
      <SectionCard title="Screening">
        {c.screening ? (
          <ScreeningPanel screening={c.screening} />
        ) : (
          <Text size="sm">
            Not screened yet: screening needs the accepted referral and an approved authorization.
          </Text>
        )}
      </SectionCard>
    </Stack>
  );
}
