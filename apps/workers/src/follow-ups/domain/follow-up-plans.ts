import {
  type AuthorizationExpiring,
  type DispenseNextCycleHeld,
  type AuthorizationPended,
  type EventData,
  type ReferralDocumentsRequested,
  type VisitAdverseReactionReported,
  type VisitCompleted,
  type VisitMissed,
} from '@infuse/contracts';
import { startOfDayIn } from './calendar-time';
import { type FollowUpPlan } from './follow-up-task';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface PlanRules {
  reminderIntervalHours: number;
  nextCycleLeadDays: number;
  timeZone: string;
}

/** Missing documents: the first reminder one interval after the request. */
export function missingDocumentsPlan(
  requested: EventData<typeof ReferralDocumentsRequested>,
  rules: PlanRules,
): FollowUpPlan {
  return {
    kind: 'missing_documents',
    subjectKey: `${requested.referralId}/${Date.parse(requested.requestedAt)}`,
    patientId: requested.patientId,
    referralId: requested.referralId,
    priority: 'normal',
    dueAt: new Date(Date.parse(requested.requestedAt) + rules.reminderIntervalHours * HOUR_MS),
    details: { missing: requested.missing.join(', ') },
  };
}

/** A pended request: due when the payer's turnaround says it should have answered. */
export function authorizationPendedPlan(
  pended: EventData<typeof AuthorizationPended>,
): FollowUpPlan {
  return {
    kind: 'authorization_pended',
    subjectKey: `${pended.authorizationId}/${Date.parse(pended.pendedAt)}`,
    patientId: pended.patientId,
    referralId: pended.referralId,
    authorizationId: pended.authorizationId,
    priority: 'normal',
    dueAt: new Date(pended.respondBy),
    details: { payerId: pended.payerId },
  };
}

/** An authorization ending soon: the reauthorization is due at once. */
export function authorizationExpiringPlan(
  expiring: EventData<typeof AuthorizationExpiring>,
): FollowUpPlan {
  return {
    kind: 'authorization_expiring',
    subjectKey: expiring.authorizationId,
    patientId: expiring.patientId,
    referralId: expiring.referralId,
    authorizationId: expiring.authorizationId,
    priority: 'normal',
    dueAt: new Date(expiring.noticedAt),
    details: { authorizationNumber: expiring.authorizationNumber, periodEnd: expiring.periodEnd },
  };
}

/** The last day of a dose: confirm the next one with the patient, ahead of its date. */
export function nextCyclePlan(
  completed: EventData<typeof VisitCompleted>,
  rules: PlanRules,
): FollowUpPlan | undefined {
  if (!completed.lastDayOfCycle) return undefined;
  const doseDay = startOfDayIn(rules.timeZone, completed.nextDoseDate);
  return {
    kind: 'next_cycle',
    subjectKey: completed.dispenseId,
    patientId: completed.patientId,
    referralId: completed.referralId,
    dispenseId: completed.dispenseId,
    visitId: completed.visitId,
    priority: 'normal',
    dueAt: new Date(doseDay.getTime() - rules.nextCycleLeadDays * DAY_MS),
    details: { nextDoseDate: completed.nextDoseDate, cycle: completed.cycle + 1 },
  };
}

/** A serious reaction: the pharmacist looks at it now. */
export function adverseReactionPlan(
  reported: EventData<typeof VisitAdverseReactionReported>,
): FollowUpPlan {
  return {
    kind: 'adverse_reaction',
    subjectKey: `${reported.visitId}/${Date.parse(reported.reaction.at)}`,
    patientId: reported.patientId,
    referralId: reported.referralId,
    dispenseId: reported.dispenseId,
    visitId: reported.visitId,
    priority: 'high',
    dueAt: new Date(reported.reportedAt),
    details: {
      grade: reported.reaction.grade,
      action: reported.reaction.action,
      productId: reported.productId,
    },
  };
}

/** A visit that did not take place: reschedule it. */
export function missedVisitPlan(missed: EventData<typeof VisitMissed>): FollowUpPlan {
  return {
    kind: 'missed_visit',
    subjectKey: `${missed.visitId}/${Date.parse(missed.missedAt)}`,
    patientId: missed.patientId,
    referralId: missed.referralId,
    dispenseId: missed.dispenseId,
    visitId: missed.visitId,
    priority: 'normal',
    dueAt: new Date(missed.missedAt),
    details: { visitDate: missed.visitDate, cycle: missed.cycle },
  };
}

/**
 * The next dose could not be ordered. No authorization covers it: a reauthorization task for the
 * coordinator, due at once, the same task an expiring authorization opens (prior-auth sends the
 * request; the approval closes it). The prescription's duration has ended: a renewal task, due
 * at once, that the coordinator closes once the prescriber renews.
 */
export function nextCycleHeldPlan(held: EventData<typeof DispenseNextCycleHeld>): FollowUpPlan {
  const subject = {
    patientId: held.patientId,
    referralId: held.referralId,
    dispenseId: held.dispenseId,
    priority: 'normal' as const,
    dueAt: new Date(held.heldAt),
  };
  if (held.reason === 'no-authorization' && held.authorizationId)
    return {
      ...subject,
      kind: 'authorization_expiring',
      subjectKey: held.authorizationId,
      authorizationId: held.authorizationId,
      details: { nextDoseDate: held.nextDoseDate, cycle: held.cycle + 1 },
    };
  return {
    ...subject,
    kind: 'prescription_renewal',
    subjectKey: held.referralId,
    details: {
      nextDoseDate: held.nextDoseDate,
      ...(held.orderEndsOn ? { orderEndsOn: held.orderEndsOn } : {}),
    },
  };
}
