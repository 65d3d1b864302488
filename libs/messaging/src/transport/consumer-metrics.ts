import { Counter, Gauge, type Registry } from 'prom-client';

export type DeliveryOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead_lettered';

/** Consumer lag per partition, deliveries by outcome, and dead letters. */
export class ConsumerMetrics {
  private readonly lag: Gauge;
  private readonly deliveries: Counter;
  private readonly deadLetters: Counter;

  constructor(registry: Registry) {
    this.lag = new Gauge({
      name: 'infuse_consumer_lag',
      help: 'Messages behind the end of the partition after the last batch',
      labelNames: ['topic', 'partition'],
      registers: [registry],
    });
    this.deliveries = new Counter({
      name: 'infuse_consumer_deliveries_total',
      help: 'Events delivered to this service, by outcome',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    });
    this.deadLetters = new Counter({
      name: 'infuse_dead_letters_total',
      help: 'Events sent to a dead-letter topic',
      labelNames: ['topic'],
      registers: [registry],
    });
  }

  recordLag(topic: string, partition: number, lag: string): void {
    this.lag.set({ topic, partition: String(partition) }, Number(lag));
  }

  recordDelivery(type: string, outcome: DeliveryOutcome): void {
    this.deliveries.inc({ type, outcome });
  }

  recordDeadLetter(topic: string): void {
    this.deadLetters.inc({ topic });
  }
}
