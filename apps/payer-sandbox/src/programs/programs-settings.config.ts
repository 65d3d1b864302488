import { defineConfigSection, type SectionValue } from '@infuse/config';
import { z } from 'zod';

/** The programme sandbox's settings. */
export const programsSettingsConfig = defineConfigSection(
  'programs',
  z.object({
    /** The programmes and scenarios, as JSON; apps/payer-sandbox/config/programs.json when unset. */
    PAYER_SANDBOX_PROGRAMS_FILE: z.string().min(1).optional(),
  }),
);

export type ProgramsSettings = SectionValue<typeof programsSettingsConfig>;
