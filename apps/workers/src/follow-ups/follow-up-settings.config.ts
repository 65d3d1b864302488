import { defineConfigSection, type SectionValue } from '@infuse/config';
import { isTimeZone } from '@infuse/contracts';
import { z } from 'zod';

/** When each kind of follow-up falls due; validated at boot with every other section. */
export const followUpSettingsConfig = defineConfigSection(
  'follow-ups',
  z.object({
    /** Missing documents are chased every day (issue 12). */
    FOLLOW_UPS_REMINDER_INTERVAL_HOURS: z.coerce.number().positive().default(24),
    /** After this many unanswered reminders the task is escalated (issue 12). */
    FOLLOW_UPS_ESCALATE_AFTER_REMINDERS: z.coerce.number().int().positive().default(3),
    /** The next cycle is confirmed this many days before the next dose date (issue 12). */
    FOLLOW_UPS_NEXT_CYCLE_LEAD_DAYS: z.coerce.number().int().nonnegative().default(7),
    /** A trough IgG before every Nth dose for primary immunodeficiency (issue 12, a setting). */
    FOLLOW_UPS_TROUGH_EVERY_NTH_DOSE: z.coerce.number().int().positive().default(4),
    /**
     * After a product switch the trough is rechecked 2-3 months later: the window opens after
     * this many days (domain reference, rule 13 and [XEM1][XEM3]: "every 2–3 mo").
     */
    FOLLOW_UPS_TROUGH_AFTER_SWITCH_FROM_DAYS: z.coerce.number().int().positive().default(60),
    /** ... and closes after this many days (rule 13). */
    FOLLOW_UPS_TROUGH_AFTER_SWITCH_UNTIL_DAYS: z.coerce.number().int().positive().default(90),
    /**
     * Labs drawn before a dose (trough, Hgb/Hct) are due this many hours before the first
     * administration day starts, so the draw can be arranged; not clinical, an operations choice.
     */
    FOLLOW_UPS_LAB_LEAD_HOURS: z.coerce.number().nonnegative().default(48),
    /** Administration and dose dates are calendar days in this time zone. */
    FOLLOW_UPS_TIME_ZONE: z
      .string()
      .refine(isTimeZone, 'expected an IANA time zone')
      .default('America/New_York'),
  }),
);

export type FollowUpSettings = SectionValue<typeof followUpSettingsConfig>;
