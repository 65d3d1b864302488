import { type z } from 'zod';
import { type ConfigSection } from './config-section';
import { ConfigValidationError } from './config-validation.error';
import { maskUrlPassword } from './mask-secrets';

type Environment = Record<string, string | undefined>;

export type LoadedConfig<Sections extends readonly ConfigSection[]> = {
  [S in Sections[number] as S['name']]: z.output<S['schema']>;
};

/**
 * Validates every section against the environment and reports every problem at once, so a
 * misconfigured deployment is fixed in one round rather than one variable per restart.
 */
export function loadConfig<const Sections extends readonly ConfigSection[]>(
  sections: Sections,
  env: Environment = process.env,
): LoadedConfig<Sections> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const section of sections) {
    const result = section.schema.safeParse(env);
    if (result.success) {
      values[section.name] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const variable = String(issue.path[0] ?? section.name);
      const shown = section.secrets.includes(variable) ? '' : describeValue(env[variable]);
      problems.push(`${variable}: ${issue.message}${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return values as LoadedConfig<Sections>;
}

function describeValue(value: string | undefined): string {
  return value === undefined ? '' : ` (got "${maskUrlPassword(value)}")`;
}
