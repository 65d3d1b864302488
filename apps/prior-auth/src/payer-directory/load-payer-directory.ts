import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigValidationError } from '@infuse/config';
import { type z } from 'zod';
import { expandPlaceholders, PlaceholderSyntaxError } from './environment-placeholders';
import { type Payer, type PayerCredentials, PayerDirectory } from './payer-directory';
import { type PayerEntryFile, payerDirectorySchema } from './payer-directory.schema';

type Environment = Record<string, string | undefined>;

/**
 * Reads the payer directory, expands `${...}` placeholders from `env`, validates it and, in
 * production, checks each payer's client secret is set. Every problem is reported at once, as
 * the other configuration sections do, and no secret is ever repeated.
 */
export function loadPayerDirectory(
  path: string,
  env: Environment,
  environment: 'development' | 'test' | 'production',
): PayerDirectory {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigValidationError([
      `PRIOR_AUTH_PAYER_DIRECTORY: cannot read ${file} (${codeOf(error)})`,
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigValidationError([`PRIOR_AUTH_PAYER_DIRECTORY: ${file} is not valid JSON`]);
  }
  const problems: string[] = [];
  const expanded = expandStrings(raw, env, [], problems);
  const parsed = payerDirectorySchema.safeParse(expanded);
  if (!parsed.success) problems.push(...issuesOf(parsed.error, file));
  if (problems.length > 0 || !parsed.success) throw new ConfigValidationError(problems);
  const payers = Object.entries(parsed.data.payers).map(([id, entry]) =>
    payerOf(id, entry, env, environment, problems),
  );
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return new PayerDirectory(payers);
}

function payerOf(
  id: string,
  entry: PayerEntryFile,
  env: Environment,
  environment: 'development' | 'test' | 'production',
  problems: string[],
): Payer {
  return {
    id,
    name: entry.name,
    pasBaseUrl: entry.pas.baseUrl,
    pasVersion: entry.pas.version,
    credentials: credentialsFor(id, entry, env, environment, problems),
    defaultValidityMonths: entry.defaultValidityMonths,
    turnaroundHours: entry.turnaroundHours,
  };
}

function credentialsFor(
  id: string,
  entry: PayerEntryFile,
  env: Environment,
  environment: 'development' | 'test' | 'production',
  problems: string[],
): PayerCredentials {
  if (environment !== 'production') return entry.credentials.development;
  const { clientSecretVariable, tokenUrl, clientId, scope } = entry.credentials.production;
  const clientSecret = env[clientSecretVariable] ?? '';
  if (clientSecret === '')
    problems.push(
      `${clientSecretVariable}: the client secret of payer ${id} is required in production`,
    );
  return {
    kind: 'client-credentials',
    tokenUrl,
    clientId,
    clientSecret,
    ...(scope ? { scope } : {}),
  };
}

// Placeholders may sit in any string of the file; each one without a value is named with where it is.
function expandStrings(
  value: unknown,
  env: Environment,
  path: string[],
  problems: string[],
): unknown {
  if (typeof value === 'string') {
    try {
      const { value: expanded, missing } = expandPlaceholders(value, env);
      for (const name of missing)
        problems.push(`${name}: is not set and ${pathOf(path)} gives no default`);
      return expanded;
    } catch (error) {
      if (error instanceof PlaceholderSyntaxError) {
        problems.push(`PRIOR_AUTH_PAYER_DIRECTORY: ${pathOf(path)} has ${error.message}`);
        return value;
      }
      throw error;
    }
  }
  if (Array.isArray(value))
    return value.map((item, index) => expandStrings(item, env, [...path, String(index)], problems));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        expandStrings(item, env, [...path, key], problems),
      ]),
    );
  return value;
}

function issuesOf(error: z.ZodError, file: string): string[] {
  return error.issues.map(
    (issue) =>
      `PRIOR_AUTH_PAYER_DIRECTORY: ${file} ${pathOf(issue.path.map(String))}: ${issue.message}`,
  );
}

function pathOf(path: readonly string[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unreadable';
}
