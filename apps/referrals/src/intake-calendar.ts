import { Inject, Injectable } from '@nestjs/common';
import { type IsoDate, todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { intakeSettingsConfig, type IntakeSettings } from './intake-settings.config';

/** Intake's time: the service's clock, and calendar days as the pharmacy counts them. */
@Injectable()
export class IntakeCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The calendar day of an instant (now by default) in the pharmacy's time zone. */
  today(at: Date = this.clock.now()): IsoDate {
    return todayIn(this.settings.PHARMACY_TIME_ZONE, at);
  }
}
