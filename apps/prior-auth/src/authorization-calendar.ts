import { Inject, Injectable } from '@nestjs/common';
import { type IsoDate, todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { priorAuthSettingsConfig, type PriorAuthSettings } from './prior-auth-settings.config';

const HOUR_MS = 60 * 60 * 1000;

/** Prior-auth's time: the service's clock, and calendar days as the pharmacy counts them. */
@Injectable()
export class AuthorizationCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(priorAuthSettingsConfig.token) private readonly settings: PriorAuthSettings,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The calendar day of an instant (now by default) in the pharmacy's time zone. */
  today(at: Date = this.clock.now()): IsoDate {
    return todayIn(this.settings.PHARMACY_TIME_ZONE, at);
  }

  hoursAfter(at: Date, hours: number): Date {
    return new Date(at.getTime() + hours * HOUR_MS);
  }
}
