import { readFileSync } from 'node:fs';
import { ConfigValidationError } from '@infuse/config';
import defaultPrograms from '../../config/programs.json';
import {
  type ProgrammeScenario,
  type ProgramsFile,
  programsFileSchema,
  type SandboxProgramme,
} from './programs-file.schema';
import { type ProgramsSettings } from './programs-settings.config';

/** The programmes the sandbox plays, and the scenarios that make chosen patients misbehave. */
export class ProgrammeCatalogue {
  constructor(private readonly file: ProgramsFile) {}

  find(programmeId: string): SandboxProgramme | undefined {
    return this.file.programs.find((programme) => programme.id === programmeId);
  }

  /** The scenario of a patient, matched on the last name ignoring case. */
  scenarioFor(lastName: string): ProgrammeScenario | undefined {
    const key = lastName.toLowerCase();
    return this.file.scenarios.find((scenario) => scenario.lastName.toLowerCase() === key);
  }
}

/** Reads and validates the programmes file at boot, listing every problem at once. */
export function loadProgrammeCatalogue(settings: ProgramsSettings): ProgrammeCatalogue {
  const path = settings.PAYER_SANDBOX_PROGRAMS_FILE;
  let content: unknown = defaultPrograms;
  if (path) {
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigValidationError([
        `PAYER_SANDBOX_PROGRAMS_FILE: ${path} ${error instanceof Error ? error.message : 'unreadable'}`,
      ]);
    }
  }
  const parsed = programsFileSchema.safeParse(content);
  if (!parsed.success)
    throw new ConfigValidationError(
      parsed.error.issues.map(
        (issue) =>
          `PAYER_SANDBOX_PROGRAMS_FILE: ${path ?? 'apps/payer-sandbox/config/programs.json'} ${issue.path.join('.')}: ${issue.message}`,
      ),
    );
  return new ProgrammeCatalogue(parsed.data);
}
