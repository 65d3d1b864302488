import { readFileSync } from 'node:fs';
import { ConfigValidationError } from '@infuse/config';
import { type z } from 'zod';
import defaultGuidelines from '../../../config/assistance/poverty-guidelines.json';
import defaultProgrammes from '../../../config/assistance/programmes.json';
import { type PovertyGuidelines } from '../domain/poverty-guidelines';
import { type Programme } from '../domain/programme';
import { type AssistanceSettings } from '../assistance-settings.config';
import { povertyGuidelinesFileSchema, programmesFileSchema } from './assistance-data.schema';

/** The data screening reads: the programmes' terms and the poverty guidelines of the year. */
export class AssistanceData {
  constructor(
    readonly programmes: readonly Programme[],
    readonly guidelines: PovertyGuidelines,
  ) {}

  programme(id: string): Programme | undefined {
    return this.programmes.find((programme) => programme.id === id);
  }
}

/**
 * Reads both files at boot, the repository's own unless a setting names another; every problem
 * of both is reported at once.
 */
export function loadAssistanceData(settings: AssistanceSettings): AssistanceData {
  const problems: string[] = [];
  const programmes = parse(
    'ASSISTANCE_PROGRAMMES_FILE',
    settings.ASSISTANCE_PROGRAMMES_FILE,
    defaultProgrammes,
    programmesFileSchema,
    problems,
  );
  const guidelines = parse(
    'ASSISTANCE_POVERTY_GUIDELINES_FILE',
    settings.ASSISTANCE_POVERTY_GUIDELINES_FILE,
    defaultGuidelines,
    povertyGuidelinesFileSchema,
    problems,
  );
  if (!programmes || !guidelines) throw new ConfigValidationError(problems);
  return new AssistanceData(
    programmes.programmes.map(({ unconfirmed: _unconfirmed, ...terms }) => terms),
    guidelines,
  );
}

function parse<Schema extends z.ZodType>(
  variable: string,
  path: string | undefined,
  shipped: unknown,
  schema: Schema,
  problems: string[],
): z.output<Schema> | undefined {
  let content = shipped;
  if (path) {
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(
        `${variable}: ${path} ${error instanceof Error ? error.message : 'unreadable'}`,
      );
      return undefined;
    }
  }
  const parsed = schema.safeParse(content);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push(
      `${variable}: ${path ?? 'shipped file'} ${issue.path.join('.')}: ${issue.message}`,
    );
  return undefined;
}
