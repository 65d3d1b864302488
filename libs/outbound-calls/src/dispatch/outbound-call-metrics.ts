import { type CircuitState } from 'cockatiel';
import { Counter, Gauge, type Registry } from 'prom-client';
import { type DataSource } from 'typeorm';
import { type CircuitObserver } from '../http/resilient-http-client';

export type DispatchOutcome = 'succeeded' | 'rejected' | 'gave_up' | 'rescheduled' | 'errored';

/** Calls by kind and outcome, the pending backlog, and the circuit of each origin. */
export class OutboundCallMetrics implements CircuitObserver {
  private readonly dispatches: Counter<'kind' | 'outcome'>;
  private readonly backlog: Gauge;
  private readonly circuits: Gauge<'origin'>;

  constructor(registry: Registry) {
    this.dispatches = new Counter({
      name: 'infuse_outbound_calls_total',
      help: 'Dispatches of calls to outside systems, by call kind and outcome',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    });
    this.backlog = new Gauge({
      name: 'infuse_outbound_calls_pending',
      help: 'Committed calls to outside systems not yet settled',
      registers: [registry],
    });
    this.circuits = new Gauge({
      name: 'infuse_outbound_circuit_state',
      help: 'Circuit of each called origin: 0 closed, 1 open, 2 half-open, 3 isolated',
      labelNames: ['origin'],
      registers: [registry],
    });
  }

  dispatched(kind: string, outcome: DispatchOutcome): void {
    this.dispatches.inc({ kind, outcome });
  }

  circuitChanged(origin: string, state: CircuitState): void {
    this.circuits.set({ origin }, state);
  }

  async refreshBacklog(dataSource: DataSource): Promise<void> {
    const [row] = await dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM outbound_call WHERE status = 'pending'`,
    );
    this.backlog.set(Number(row?.count ?? 0));
  }
}
