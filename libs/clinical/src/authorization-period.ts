import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { addDays, addMonths, type IsoDate } from './iso-date';

/** An initial authorization or a renewal. */
export type AuthorizationKind = 'initial' | 'reauthorization';

/** The default authorized period and when to start the renewal. */
export interface AuthorizationPeriod {
  readonly kind: AuthorizationKind;
  readonly start: IsoDate;
  /** Last day of the period (inclusive). */
  readonly end: IsoDate;
  readonly months: number;
  /** When to open the reauthorization task. */
  readonly reauthorizationTaskDate: IsoDate;
}

/** The day to open the reauthorization task: `leadDays` before the period ends (rule 23). */
export function reauthorizationTaskDate(
  periodEnd: IsoDate,
  settings: ClinicalSettings = defaultClinicalSettings,
): IsoDate {
  return addDays(periodEnd, -settings.authorization.reauthorizationLeadDays);
}

/**
 * Rule 23 ⚙: when the payer's approval gives no `preAuthPeriod`, an initial authorization lasts
 * 6 months and a reauthorization 12 months [PH1][PH2]; the period ends the day before the same
 * date that many months later, and the reauthorization task opens 30 days (unconfirmed) before.
 */
export function defaultAuthorizationPeriod(
  start: IsoDate,
  kind: AuthorizationKind,
  settings: ClinicalSettings = defaultClinicalSettings,
): AuthorizationPeriod {
  const months =
    kind === 'initial'
      ? settings.authorization.initialMonths
      : settings.authorization.reauthorizationMonths;
  const end = addDays(addMonths(start, months), -1);
  return {
    kind,
    start,
    end,
    months,
    reauthorizationTaskDate: reauthorizationTaskDate(end, settings),
  };
}
