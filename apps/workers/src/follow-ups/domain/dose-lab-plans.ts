import { type DispenseReleased, type EventData } from '@infuse/contracts';
import { startOfDayIn } from './calendar-time';
import { type FollowUpPlan } from './follow-up-task';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The indication trough IgG is followed for (the clinical library's name). */
export const PRIMARY_IMMUNODEFICIENCY = 'primary-immunodeficiency';

/** The monitoring codes of the clinical library's rule 17 (hemolysis). */
export const HEMOLYSIS_BEFORE = 'HEMOLYSIS_HGB_HCT_BEFORE';
export const HEMOLYSIS_AFTER = 'HEMOLYSIS_HGB_HCT_AFTER';

export interface DoseLabRules {
  troughEveryNthDose: number;
  troughAfterSwitchFromDays: number;
  troughAfterSwitchUntilDays: number;
  labLeadHours: number;
  timeZone: string;
}

/** What workers keeps of a released dose, for the events that come after it. */
export interface ReleasedDose {
  dispenseId: string;
  referralId: string;
  patientId: string;
  cycle: number;
  productId: string;
  firstAdministrationDate: string;
  /** The window after the infusion for Hgb/Hct, when rule 17 asked for it. */
  hemolysisAfterHours?: { min: number; max: number };
  releasedAt: Date;
}

type Released = EventData<typeof DispenseReleased>;

export function releasedDoseOf(released: Released): ReleasedDose {
  const after = released.monitoring.find((task) => task.code === HEMOLYSIS_AFTER);
  return {
    dispenseId: released.dispenseId,
    referralId: released.referralId,
    patientId: released.patientId,
    cycle: released.cycle,
    productId: released.product.productId,
    firstAdministrationDate: [...released.administrationDates].sort()[0] ?? '',
    hemolysisAfterHours: after?.windowHoursAfterEnd,
    releasedAt: new Date(released.releasedAt),
  };
}

/**
 * The labs a released dose calls for before and around it: a trough IgG before every Nth dose
 * and 2-3 months after a product switch (primary immunodeficiency), Hgb/Hct before the dose when
 * the clinical library's rule 17 asked for it. `previousProductId` is the product of the
 * referral's dose before this one, if any.
 */
export function doseLabPlans(
  released: Released,
  previousProductId: string | undefined,
  rules: DoseLabRules,
): FollowUpPlan[] {
  const dose = releasedDoseOf(released);
  const doseDay = startOfDayIn(rules.timeZone, dose.firstAdministrationDate);
  // Due ahead of the first day, so the draw can be arranged; never before the release itself.
  const beforeDose = new Date(
    Math.max(doseDay.getTime() - rules.labLeadHours * HOUR_MS, dose.releasedAt.getTime()),
  );
  const subject = {
    patientId: dose.patientId,
    referralId: dose.referralId,
    dispenseId: dose.dispenseId,
  };
  const plans: FollowUpPlan[] = [];
  const followsTrough = released.indication === PRIMARY_IMMUNODEFICIENCY;
  if (followsTrough && dose.cycle % rules.troughEveryNthDose === 0)
    plans.push({
      ...subject,
      kind: 'trough_igg',
      subjectKey: `${dose.dispenseId}/before-dose`,
      priority: 'normal',
      dueAt: beforeDose,
      windowEndsAt: doseDay,
      details: {
        reason: 'every-nth-dose',
        cycle: dose.cycle,
        administrationDate: dose.firstAdministrationDate,
      },
    });
  if (followsTrough && previousProductId !== undefined && previousProductId !== dose.productId)
    plans.push({
      ...subject,
      kind: 'trough_igg',
      subjectKey: `${dose.dispenseId}/after-switch`,
      priority: 'normal',
      dueAt: new Date(doseDay.getTime() + rules.troughAfterSwitchFromDays * DAY_MS),
      windowEndsAt: new Date(doseDay.getTime() + rules.troughAfterSwitchUntilDays * DAY_MS),
      details: {
        reason: 'product-switch',
        fromProductId: previousProductId,
        productId: dose.productId,
      },
    });
  if (released.monitoring.some((task) => task.code === HEMOLYSIS_BEFORE))
    plans.push({
      ...subject,
      kind: 'hemolysis_labs',
      subjectKey: `${dose.dispenseId}/before`,
      priority: 'normal',
      dueAt: beforeDose,
      windowEndsAt: doseDay,
      details: { code: HEMOLYSIS_BEFORE, administrationDate: dose.firstAdministrationDate },
    });
  return plans;
}

/** Hgb/Hct in the window after the dose's last infusion ends (rule 17: 36-96 h). */
export function hemolysisAfterPlan(
  dose: ReleasedDose,
  visit: { visitId: string; endedAt: string },
): FollowUpPlan | undefined {
  const window = dose.hemolysisAfterHours;
  if (!window) return undefined;
  const ended = Date.parse(visit.endedAt);
  return {
    kind: 'hemolysis_labs',
    subjectKey: `${dose.dispenseId}/after`,
    patientId: dose.patientId,
    referralId: dose.referralId,
    dispenseId: dose.dispenseId,
    visitId: visit.visitId,
    priority: 'normal',
    dueAt: new Date(ended + window.min * HOUR_MS),
    windowEndsAt: new Date(ended + window.max * HOUR_MS),
    details: { code: HEMOLYSIS_AFTER, infusionEndedAt: visit.endedAt },
  };
}
