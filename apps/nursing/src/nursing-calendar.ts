import { Inject, Injectable } from '@nestjs/common';
import { type IsoDate, todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { nursingSettingsConfig, type NursingSettings } from './nursing-settings.config';

/** Nursing's time: the service's clock, and calendar days in nursing's time zone. */
@Injectable()
export class NursingCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(nursingSettingsConfig.token) private readonly settings: NursingSettings,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  today(at: Date = this.clock.now()): IsoDate {
    return todayIn(this.settings.NURSING_TIME_ZONE, at);
  }

  get timeZone(): string {
    return this.settings.NURSING_TIME_ZONE;
  }
}
