/** How prior-auth proves who it is to one payer, for the environment it runs in. */
export type PayerCredentials =
  | { kind: 'development-token'; subject: string; role: 'provider' }
  | {
      kind: 'client-credentials';
      tokenUrl: string;
      clientId: string;
      /** Read from the environment variable the directory names; never logged. */
      clientSecret: string;
      scope?: string;
    };

/** One payer as prior-auth deals with it. */
export interface Payer {
  id: string;
  name: string;
  pasBaseUrl: string;
  pasVersion: string;
  credentials: PayerCredentials;
  defaultValidityMonths: { initial: number; reauthorization: number };
  turnaroundHours: { standard: number; expedited: number };
}

/**
 * The payers prior-auth can reach, loaded and validated at boot. A referral naming a payer not
 * here is not a crash: its request waits in needs_review for a coordinator.
 */
export class PayerDirectory {
  private readonly byId: ReadonlyMap<string, Payer>;

  constructor(payers: readonly Payer[]) {
    this.byId = new Map(payers.map((payer) => [payer.id, payer]));
  }

  find(payerId: string): Payer | undefined {
    return this.byId.get(payerId);
  }

  /** The hours a payer takes to decide a standard request; none for a payer not listed here. */
  standardTurnaroundHours(payerId: string): number {
    return this.byId.get(payerId)?.turnaroundHours.standard ?? 0;
  }

  all(): readonly Payer[] {
    return [...this.byId.values()];
  }
}
