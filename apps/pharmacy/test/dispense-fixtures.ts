import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate, todayIn } from '@infuse/clinical';
import {
  type AuthorizationApproved,
  type EventData,
  type ReferralAccepted,
} from '@infuse/contracts';
import { readFixture } from '@infuse/testing';

export type Accepted = EventData<typeof ReferralAccepted>;
export type Approved = EventData<typeof AuthorizationApproved>;

interface FixtureReferral {
  patient: Accepted['patient'];
  prescriber: Accepted['prescriber'];
  order: Accepted['order'];
  insurance: Accepted['insurance'];
  labs: Accepted['labs'];
  documents: {
    type: Accepted['documents'][number]['type'];
    title: string;
    contentType: Accepted['documents'][number]['contentType'];
  }[];
}

/** Today in the pharmacy's default time zone, and days from it. */
export function daysFromToday(days: number): IsoDate {
  return addDays(todayIn('America/New_York', new Date()), days);
}

/**
 * The contract fixture's PI referral (../shared/fixtures/referrals) as intake accepts it, for a
 * patient and referral of its own. `asWritten` keeps its dates; otherwise the first dose is a
 * week away and the labs a week old, so the worksheet's labs gate is open today.
 */
export function acceptedReferral(
  change: (referral: Accepted) => void = () => undefined,
  asWritten = false,
): Accepted {
  const fixture = readFixture<FixtureReferral>('referrals/referral-pi-complete.json');
  const referral: Accepted = {
    referralId: randomUUID(),
    patientId: randomUUID(),
    acceptedAt: new Date().toISOString(),
    offLabel: false,
    patient: fixture.patient,
    prescriber: fixture.prescriber,
    order: asWritten ? fixture.order : { ...fixture.order, startDate: daysFromToday(7) },
    insurance: fixture.insurance,
    labs: asWritten
      ? fixture.labs
      : fixture.labs.map((lab) => ({ ...lab, collectedOn: daysFromToday(-7) })),
    documents: fixture.documents.map((document, index) => ({
      documentId: randomUUID(),
      type: document.type,
      title: document.title,
      contentType: document.contentType,
      sizeBytes: 1000 + index,
    })),
  };
  change(referral);
  return referral;
}

/**
 * The payer's approval of the referral as prior-auth announces it: Privigen's J1459 for six
 * months from the first dose, 72 units a dose for six doses (what prior-auth asks for 71.2 kg
 * at 0.5 g/kg).
 */
export function approvalFor(
  referral: Accepted,
  change: (approval: Approved) => void = () => undefined,
): Approved {
  const start = referral.order.startDate ?? daysFromToday(0);
  const approval: Approved = {
    authorizationId: randomUUID(),
    referralId: referral.referralId,
    patientId: referral.patientId,
    payerId: referral.insurance.payerId ?? 'acme-health',
    kind: 'initial',
    outcome: 'certified',
    authorizationNumber: `AUTH-${randomUUID().slice(0, 8)}`,
    periodStart: start,
    periodEnd: addDays(addDays(start, 182), -1),
    hcpcs: 'J1459',
    requestedUnits: 432,
    authorizedUnits: 432,
    reauthorization: false,
    decidedAt: new Date().toISOString(),
  };
  change(approval);
  return approval;
}
