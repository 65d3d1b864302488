import type { ReactionAction } from '@infuse/contracts';
import type { QueuedState } from './queue/update-store';
import type { Stage } from './runner/visit-progress';
import type { UpdateType, VisitUpdate } from '@infuse/contracts';
import type { DrugStatus, VisitStatus } from './visits.api';

interface Words {
  label: string;
  color: string;
}

export const VISIT_STATUS_WORDS: Record<VisitStatus | Stage, Words> = {
  scheduled: { label: 'Scheduled', color: 'gray' },
  en_route: { label: 'On the way', color: 'blue' },
  arrived: { label: 'Checked in', color: 'blue' },
  infusing: { label: 'Infusing', color: 'violet' },
  observing: { label: 'Observing', color: 'violet' },
  departed: { label: 'Checked out, to sign', color: 'orange' },
  signed: { label: 'Signed', color: 'green' },
  missed: { label: 'Missed', color: 'red' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

export const DRUG_STATUS_WORDS: Record<DrugStatus, Words> = {
  released: { label: 'Drug released, not shipped yet', color: 'yellow' },
  shipped: { label: 'Drug on its way', color: 'blue' },
  delivered: { label: 'Drug at the home', color: 'green' },
  unusable: { label: 'Drug not usable', color: 'red' },
  cancelled: { label: 'Dose cancelled', color: 'gray' },
};

export const UPDATE_WORDS: Record<UpdateType, string> = {
  en_route: 'On the way',
  arrived: 'Check-in',
  departed: 'Check-out',
  vitals: 'Vitals',
  premedication_given: 'Pre-medication',
  infusion_started: 'Infusion started',
  rate_changed: 'Rate changed',
  reaction: 'Reaction',
  infusion_ended: 'Infusion ended',
  observation_ended: 'Observation ended',
  signed: 'Note signed',
  missed: 'Visit missed',
  addendum: 'Addendum',
};

export const QUEUE_STATE_WORDS: Record<QueuedState, Words> = {
  waiting: { label: 'Waiting to send', color: 'yellow' },
  applied: { label: 'Applied', color: 'green' },
  already_applied: { label: 'Already on the server', color: 'teal' },
  refused: { label: 'Refused', color: 'red' },
};

export const REACTION_ACTION_WORDS: Record<ReactionAction, string> = {
  slowed: 'Slowed the rate',
  paused: 'Paused the infusion',
  stopped: 'Stopped the infusion',
  resumed: 'Resumed the infusion',
};

/** Reaction grades by CTCAE, as the visit events carry them (1 mild to 4 life-threatening). */
export const GRADE_WORDS: Record<1 | 2 | 3 | 4, string> = {
  1: 'Grade 1 · mild',
  2: 'Grade 2 · moderate',
  3: 'Grade 3 · severe',
  4: 'Grade 4 · life-threatening',
};

export const formatRate = (mlPerHour: number) => `${mlPerHour} mL/h`;

/** One line for an update: what it says, e.g. "Rate changed to 42.7 mL/h". */
export function describeUpdate(update: VisitUpdate): string {
  const label = UPDATE_WORDS[update.type];
  switch (update.type) {
    case 'vitals':
      return `${label}: BP ${update.bloodPressure.systolic}/${update.bloodPressure.diastolic}, pulse ${update.pulse}, ${update.temperatureC} °C, SpO₂ ${update.spo2}%`;
    case 'premedication_given':
      return `${label}: ${update.medication} ${update.dose}`;
    case 'infusion_started':
      return `${label}, lot ${update.lotNumber}${update.mlPerHour === undefined ? '' : ` at ${formatRate(update.mlPerHour)}`}`;
    case 'rate_changed':
      return `${label} to ${formatRate(update.mlPerHour)}`;
    case 'reaction':
      return `${label}: grade ${update.grade}, ${REACTION_ACTION_WORDS[update.action].toLowerCase()}`;
    case 'infusion_ended':
      return `${label}: ${update.volumeMl} mL${update.partial ? ' (partial)' : ''}`;
    case 'missed':
      return `${label}: ${update.reason}`;
    case 'en_route':
    case 'arrived':
    case 'departed':
    case 'observation_ended':
    case 'signed':
    case 'addendum':
      return label;
  }
}
