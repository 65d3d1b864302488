import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate, todayIn } from '@infuse/clinical';
import {
  DispenseReleased,
  type EventData,
  ReferralAccepted,
  VisitScheduled,
} from '@infuse/contracts';
import { readFixture } from '@infuse/testing';
import { type NursingTestService } from './nursing-test-service';

export type Accepted = EventData<typeof ReferralAccepted>;
export type Released = EventData<typeof DispenseReleased>;

interface FixtureReferral {
  patient: Accepted['patient'];
  prescriber: Accepted['prescriber'];
  order: Accepted['order'];
  insurance: Accepted['insurance'];
  labs: Accepted['labs'];
}

/** Today in nursing's default time zone, and days from it. */
export function daysFromToday(days: number): IsoDate {
  return addDays(todayIn('America/New_York', new Date()), days);
}

/** The contract fixture's PI referral (Baltimore, 21230) as intake accepts it, for a new patient. */
export function acceptedReferral(change: (referral: Accepted) => void = () => undefined): Accepted {
  const fixture = readFixture<FixtureReferral>('referrals/referral-pi-complete.json');
  const referral: Accepted = {
    referralId: randomUUID(),
    patientId: randomUUID(),
    acceptedAt: new Date().toISOString(),
    offLabel: false,
    patient: structuredClone(fixture.patient),
    prescriber: fixture.prescriber,
    order: fixture.order,
    insurance: fixture.insurance,
    labs: fixture.labs,
    documents: [],
  };
  change(referral);
  return referral;
}

/** The pharmacist's release of the contract's example dose for the referral, on these days. */
export function releasedDose(
  referral: Accepted,
  administrationDates: IsoDate[] = [daysFromToday(0)],
  change: (released: Released) => void = () => undefined,
): Released {
  const released: Released = {
    ...structuredClone(DispenseReleased.example),
    dispenseId: randomUUID(),
    referralId: referral.referralId,
    patientId: referral.patientId,
    administrationDates,
    releasedAt: new Date().toISOString(),
  };
  change(released);
  return released;
}

/** The ids of the visits scheduled for a dose, by infusion day, once all are announced. */
export async function scheduledVisits(
  nursing: NursingTestService,
  released: Released,
): Promise<string[]> {
  const messages = await nursing.visits.waitFor(
    (message) =>
      message.headers['ce_type'] === VisitScheduled.type &&
      (message.data as { dispenseId?: string }).dispenseId === released.dispenseId,
    released.administrationDates.length,
  );
  return messages
    .map((message) => VisitScheduled.schema.parse(message.data))
    .sort((a, b) => a.infusionDay - b.infusionDay)
    .map((scheduled) => scheduled.visitId);
}

/** Publishes the referral and its released dose and returns the dose's first visit. */
export async function visitFor(
  nursing: NursingTestService,
  referral: Accepted = acceptedReferral(),
  released: Released = releasedDose(referral),
): Promise<string> {
  await nursing.publish(ReferralAccepted, referral);
  await nursing.publish(DispenseReleased, released);
  const [visitId] = await scheduledVisits(nursing, released);
  if (!visitId) throw new Error('no visit scheduled');
  return visitId;
}
