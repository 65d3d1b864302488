import { doseDue, todayIn } from '@infuse/clinical';
import { type EventData, type VisitCompleted } from '@infuse/contracts';
import { type ReleaseCopy } from './dose-copy';
import { visitEventIds, type Visit } from './visit';

export interface CompletionContext {
  release: ReleaseCopy;
  intervalDays: number;
  /** Calendar days (the EVV date) are counted in this time zone. */
  timeZone: string;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The signed visit as pharmacy and the workers hear of it: grams given, lots, times, reactions,
 * the six EVV elements, and the next dose by the clinical library's rule (the interval after the
 * first day of this dose). Undefined while the record lacks what a signed note has.
 */
export function completionOf(
  visit: Visit,
  context: CompletionContext,
): EventData<typeof VisitCompleted> | undefined {
  const { record } = visit;
  const { arrived, departed, signed, infusion } = record;
  if (!arrived || !departed || !signed || !infusion?.endedAt) return undefined;
  // The assigned nurse, who alone records the visit; else (never expected) whoever signed.
  const nurseId = visit.nurseId ?? signed.by;
  const { release } = context;
  const firstDay = release.administrationDates[0] ?? visit.visitDate;
  const weight = record.vitals.findLast((vitals) => vitals.weightKg !== undefined);
  const volumeMl = infusion.volumeMl ?? 0;
  return {
    ...visitEventIds(visit),
    nurseId,
    lastDayOfCycle: visit.infusionDay === visit.infusionDays,
    // A 10 % solution holds 0.1 g per mL.
    gramsGiven: round2((volumeMl * release.product.concentrationPercent) / 100),
    infusion: {
      startedAt: infusion.startedAt,
      endedAt: infusion.endedAt,
      volumeMl,
      partial: infusion.partial ?? false,
    },
    lots: infusion.lots ?? [],
    reactions: record.reactions.map(({ grade, symptoms, action, at }) => ({
      grade,
      symptoms,
      action,
      at,
    })),
    ...(weight?.weightKg === undefined ? {} : { weightKg: weight.weightKg }),
    ...(weight?.weightFlag ? { weightFlag: weight.weightFlag } : {}),
    nextDoseDate: doseDue(firstDay, context.intervalDays, visit.visitDate).dueDate,
    evv: {
      serviceType: `home infusion nursing, ${release.infusionPlan.route === 'SC' ? 'SCIG' : 'IVIG'}`,
      patientId: visit.patientId,
      date: todayIn(context.timeZone, new Date(arrived.at)),
      location: { arrived: arrived.location, departed: departed.location },
      nurseId,
      timeIn: arrived.at,
      timeOut: departed.at,
    },
    completedAt: signed.at,
  };
}
