import { Inject, Injectable } from '@nestjs/common';
import { type IsoDate, todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { pharmacySettingsConfig, type PharmacySettings } from './pharmacy-settings.config';

/** Pharmacy's time: the service's clock, and calendar days in the pharmacy's time zone. */
@Injectable()
export class PharmacyCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(pharmacySettingsConfig.token) private readonly settings: PharmacySettings,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** The calendar day of an instant (now by default) in the pharmacy's time zone. */
  today(at: Date = this.clock.now()): IsoDate {
    return todayIn(this.settings.PHARMACY_TIME_ZONE, at);
  }
}
