import { Inject, Injectable } from '@nestjs/common';
import { addDays, todayIn } from '@infuse/clinical';
import { CLOCK, type Clock } from '@infuse/config';
import { type AssistanceSettings, assistanceSettingsConfig } from './assistance-settings.config';

/** The case's time: now, today and the start of a day, in the pharmacy's time zone. */
@Injectable()
export class AssistanceCalendar {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(assistanceSettingsConfig.token) private readonly settings: AssistanceSettings,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  today(): string {
    return todayIn(this.settings.ASSISTANCE_TIME_ZONE, this.clock.now());
  }

  /** The day re-enrolment comes due: the lead time before the enrolment's last day. */
  reEnrolmentDueOn(endsOn: string): string {
    return addDays(endsOn, -this.settings.ASSISTANCE_RE_ENROLMENT_LEAD_DAYS);
  }

  /** The instant a calendar day starts in the pharmacy's time zone. */
  startOf(date: string): Date {
    const utcMidnight = new Date(`${date}T00:00:00Z`);
    // A zone's offset at UTC midnight is its offset at its own midnight but near a DST change,
    // where the job then runs an hour early or late: harmless for a day-granular reminder.
    return new Date(
      utcMidnight.getTime() - offsetMs(utcMidnight, this.settings.ASSISTANCE_TIME_ZONE),
    );
  }
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClockAsUtc - at.getTime();
}
