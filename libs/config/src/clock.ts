import { z } from 'zod';
import { defineConfigSection, type SectionValue } from './config-section';

/**
 * Where every service reads the time. Use cases, events and jobs ask the clock, never `new Date()`
 * directly, so a test can fix the time and a demo can run a day's work in seconds.
 */
export interface Clock {
  now(): Date;
}

/** Nest injection token of the app's clock: `@Inject(CLOCK) clock: Clock`. */
export const CLOCK = Symbol('clock');

/** The wall clock, moved by a fixed offset (zero unless a demo sets one). */
export class SystemClock implements Clock {
  constructor(private readonly offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/**
 * `CLOCK_OFFSET_MS` shifts every service's time by the same amount, so a demo can jump ahead to
 * the next infusion cycle without waiting weeks. Zero in normal use.
 */
export const clockConfig = defineConfigSection(
  'clock',
  z.object({
    CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
  }),
);

export type ClockConfig = SectionValue<typeof clockConfig>;
