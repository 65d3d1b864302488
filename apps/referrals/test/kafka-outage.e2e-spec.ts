import {
  type AddressInfo,
  createConnection,
  createServer,
  type Server,
  type Socket,
} from 'node:net';
import { ReferralAccepted } from '@infuse/contracts';
import { startTestApp, type TestApp } from '@infuse/app-testing';
import { eventually, queryTestDatabase, tokenFor, TopicReader } from '@infuse/testing';
import { ReferralsModule } from '../src/referrals.module';
import { referralsService } from '../src/referrals.service';
import { type ReferralSummary } from '../src/referral-summary';
import { referralForNewPatient } from './referral-fixture';

/**
 * A doorway to the broker that the test opens and closes. The service is told the broker is
 * here, so while the doorway is shut Kafka is unreachable for it (it only bootstraps through
 * this address; the broker then advertises its own).
 */
class BrokerDoorway {
  private readonly sockets = new Set<Socket>();
  private open = false;
  readonly server: Server = createServer((client) => {
    if (!this.open) {
      client.destroy();
      return;
    }
    const broker = createConnection({ host: '127.0.0.1', port: 9092 });
    for (const socket of [client, broker]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(broker).pipe(client);
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  openUp(): void {
    this.open = true;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('referral intake while Kafka is unreachable', () => {
  const doorway = new BrokerDoorway();
  let service: TestApp;
  let topic: TopicReader | undefined;

  beforeAll(async () => {
    const address = await doorway.listen();
    service = await startTestApp(referralsService, (env) => ReferralsModule.register(env), {
      KAFKA_BROKERS: address,
      OUTBOX_BOOT_WAIT_MS: '1000',
    });
  });

  afterAll(async () => {
    await topic?.stop();
    await service.close();
    await doorway.close();
  });

  it('accepts referrals, keeps their events in the outbox, and publishes them once Kafka answers', async () => {
    const coordinator = await tokenFor('intake_coordinator', 'ic-5');
    const response = await service.http.post<ReferralSummary>(
      '/v1/referrals',
      referralForNewPatient(),
      coordinator,
    );
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('accepted');
    const waiting = await queryTestDatabase<{ count: string }>(
      `SELECT count(*) FROM "${service.schema}".outbox WHERE published_at IS NULL`,
    );
    expect(Number(waiting[0]?.count)).toBe(2);

    doorway.openUp();
    topic = await TopicReader.start(`${service.topicPrefix}referrals.referral.v1`, 60_000);
    const [accepted] = await topic.waitFor(
      (message) =>
        message.headers['ce_type'] === ReferralAccepted.type &&
        message.headers['ce_correlationid'] === response.body.id,
      1,
      60_000,
    );
    expect(accepted?.key).toBe(response.body.patientId);
    // Consuming started when Kafka answered too: the journey has the referral's events.
    const journey = await eventually(
      'the journey of the referral',
      async () => {
        const read = await service.http.get<{ timeline: unknown[] }>(
          `/v1/referrals/${response.body.id}/journey`,
          coordinator,
        );
        return read.status === 200 && read.body.timeline.length === 2 ? read.body : undefined;
      },
      60_000,
    );
    expect(journey.timeline).toHaveLength(2);
  }, 120_000);
});
