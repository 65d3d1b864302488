import { type ConfigSection } from './config-section';

const MASK = '****';

/**
 * The environment a set of sections reads, with secrets and URL passwords masked, so the
 * effective configuration can be logged at boot without leaking credentials.
 */
export function describeEnvironment(
  sections: readonly ConfigSection[],
  env: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const described: Record<string, string> = {};
  for (const section of sections) {
    for (const variable of section.variables) {
      const value = env[variable];
      if (value === undefined) continue;
      described[variable] = section.secrets.includes(variable) ? MASK : maskUrlPassword(value);
    }
  }
  return described;
}

/** `postgres://user:secret@host/db` becomes `postgres://user:****@host/db`; `redis://:pw@host` too. */
export function maskUrlPassword(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  if (!url.password) return value;
  url.password = MASK;
  return url.href;
}
