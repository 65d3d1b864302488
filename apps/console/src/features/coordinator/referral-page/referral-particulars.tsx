import { SimpleGrid } from '@mantine/core';
import { FactList } from '../../../ui/fact-list';
import { SectionCard } from '../../../ui/section-card';
import { formatDate } from '../../../ui/time';
import { payerWords } from '../referrals/payer-of';
import type { ReferralView } from '../referrals/referrals.api';
import {
  PLAN_TYPE_WORDS,
  RISK_CONDITION_WORDS,
  SEX_WORDS,
  THERAPY_WORDS,
} from '../shared/referral-words';

/** What the referral says of the patient, the prescriber, the order and the plan. */
export function ReferralParticulars({ referral }: { referral: ReferralView }) {
  const { patient, prescriber, order, insurance } = referral;
  const address = patient.address
    ? [
        patient.address.line1,
        patient.address.line2,
        `${patient.address.city}, ${patient.address.state} ${patient.address.postalCode}`,
      ]
        .filter(Boolean)
        .join(', ')
    : '—';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <SectionCard title="Patient">
        <FactList
          facts={[
            ['Name', `${patient.firstName} ${patient.lastName}`],
            ['MRN', patient.mrn ?? '—'],
            ['Born', formatDate(patient.dateOfBirth)],
            ['Sex', SEX_WORDS[patient.sex]],
            ['Height, weight', `${patient.heightCm} cm, ${patient.weightKg} kg`],
            ['Blood type', patient.bloodType ?? '—'],
            ['Allergies', patient.allergies.length ? patient.allergies.join(', ') : 'None known'],
            [
              'Risk conditions',
              patient.conditions.length
                ? patient.conditions.map((condition) => RISK_CONDITION_WORDS[condition]).join(', ')
                : 'None known',
            ],
            ['Address', address],
            ['Phone', patient.phone ?? '—'],
          ]}
        />
      </SectionCard>
      <SectionCard title="Order">
        <FactList
          facts={[
            ['Therapy', THERAPY_WORDS[order.therapy]],
            ['Diagnosis', `${order.diagnosisCode}${referral.offLabel ? ' (off-label)' : ''}`],
            ['Product', order.productPreference ?? 'Not named'],
            [
              'Dose',
              `${order.doseGramsPerKg} g/kg every ${order.intervalDays} days over ${order.infusionDays} day${order.infusionDays === 1 ? '' : 's'}`,
            ],
            ['Start', formatDate(order.startDate)],
            ['Duration', order.durationMonths ? `${order.durationMonths} months` : '—'],
            ['New start', order.newStart ? 'Yes, new to immunoglobulin' : 'No, continuing'],
            [
              'Prescriber',
              `${prescriber.firstName} ${prescriber.lastName}, NPI ${prescriber.npi}${prescriber.specialty ? `, ${prescriber.specialty}` : ''}`,
            ],
            [
              'Insurance',
              `${PLAN_TYPE_WORDS[insurance.planType]}: ${payerWords(insurance)}${insurance.memberId ? `, member ${insurance.memberId}` : ''}`,
            ],
          ]}
        />
      </SectionCard>
    </SimpleGrid>
  );
}
