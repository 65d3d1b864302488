import { z } from 'zod';
import { defineConfigSection, type SectionValue } from '../config-section';

export const databaseConfig = defineConfigSection(
  'database',
  z.object({
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/ })
      .default('postgres://postgres@127.0.0.1:5432/infuse'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Overrides the service's own schema name; tests use it to isolate runs. */
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .optional(),
  }),
);

export type DatabaseConfig = SectionValue<typeof databaseConfig>;
