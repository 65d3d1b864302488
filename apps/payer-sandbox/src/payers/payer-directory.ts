import { readFileSync } from 'node:fs';
import { type PayerProfile } from '../domain/payer-profile';
import { type PayerSandboxSettings } from '../payer-sandbox-settings.config';
import defaultPayers from '../../config/payers.json';
import { payersFileSchema, type PayersFile } from './payers-file.schema';

/** The payers the sandbox plays, found by the payer id a request's insurer carries. */
export class PayerDirectory {
  private readonly byId: ReadonlyMap<string, PayerProfile>;

  constructor(private readonly file: PayersFile) {
    this.byId = new Map([file.otherPayers, ...file.payers].map((payer) => [payer.id, payer]));
  }

  /** The payer a request is addressed to: a configured one, else the one for other payers. */
  payerFor(payerId: string | undefined): PayerProfile {
    return (payerId ? this.byId.get(payerId) : undefined) ?? this.file.otherPayers;
  }

  /** The configured payer with this id, other payers' included, if any. */
  find(payerId: string): PayerProfile | undefined {
    return this.byId.get(payerId);
  }

  get all(): readonly PayerProfile[] {
    return [...this.byId.values()];
  }
}

/**
 * Reads and validates the payers file at boot (the one in the repository unless a setting names
 * another); every problem is listed at once.
 */
export function loadPayerDirectory(settings: PayerSandboxSettings): PayerDirectory {
  const path = settings.PAYER_SANDBOX_PAYERS_FILE;
  const source = path ?? 'apps/payer-sandbox/config/payers.json';
  let content: unknown = defaultPayers;
  if (path) {
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(
        `payers file ${path}: ${error instanceof Error ? error.message : 'unreadable'}`,
      );
    }
  }
  const parsed = payersFileSchema.safeParse(content);
  if (!parsed.success)
    throw new Error(
      `payers file ${source}:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  return new PayerDirectory(parsed.data);
}
