import { type NumberRange } from './clinical-types';
import { type InfusionStartAssessment } from './infusion-start';

/** Premedication, when given, 30–60 min before the infusion [TRC] (common practice). */
export const PREMEDICATION_MINUTES_BEFORE: NumberRange = { min: 30, max: 60 };

/** An example standing order for a mild reaction with stable vitals [GW]. */
export const MILD_REACTION_STANDING_ORDER = {
  diphenhydramineMgPo: { min: 25, max: 50 },
  acetaminophenMgPo: { min: 325, max: 650 },
} as const;

/** What the worksheet says about premedication and reactions. */
export interface PremedicationAdvice {
  /** False: premedication is common practice, never label-mandated [TRC]. */
  readonly routine: boolean;
  readonly advice: string;
  readonly minutesBefore: NumberRange;
  /** Secondary sources advise against routine premedication for IG-naive patients [DRO-PM]. */
  readonly igNaiveCaution: boolean;
  /** Slow or stop, then resume lower [PRV1]; the example standing order [GW]. */
  readonly reactionManagement: string;
  readonly sources: readonly string[];
}

/**
 * Premedication for this infusion: acetaminophen with or without an antihistamine 30–60 min
 * before is common practice, not label-mandated [TRC]; for an IG-naive patient secondary sources
 * advise against making it routine [DRO-PM]. With the reaction plan the nurse follows
 * [PRV1][GW].
 */
export function premedicationAdvice(start: InfusionStartAssessment): PremedicationAdvice {
  const igNaive = start.reasons.includes('IG_NAIVE');
  const { diphenhydramineMgPo: dph, acetaminophenMgPo: apap } = MILD_REACTION_STANDING_ORDER;
  const when = `${PREMEDICATION_MINUTES_BEFORE.min}–${PREMEDICATION_MINUTES_BEFORE.max} min`;
  return {
    routine: false,
    advice: igNaive
      ? `Not label-mandated. Acetaminophen with or without an antihistamine ${when} before is common practice, but secondary sources advise against routine premedication for an IG-naive patient: prescriber's choice.`
      : `Not label-mandated. Acetaminophen with or without an antihistamine ${when} before is common practice, at the prescriber's choice.`,
    minutesBefore: PREMEDICATION_MINUTES_BEFORE,
    igNaiveCaution: igNaive,
    reactionManagement: `Mild reaction with stable vitals: back to the previous rate, diphenhydramine ${dph.min}–${dph.max} mg PO and acetaminophen ${apap.min}–${apap.max} mg PO. Severe reaction or a change in vital signs: stop, start the hypersensitivity protocol, call the prescriber.`,
    sources: igNaive ? ['TRC', 'DRO-PM', 'PRV1', 'GW'] : ['TRC', 'PRV1', 'GW'],
  };
}
