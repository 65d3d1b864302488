import { isDeepStrictEqual } from 'node:util';
import {
  DispenseReleased,
  ReferralAccepted,
  VisitAdverseReactionReported,
  VisitCompleted,
  VisitMissed,
  VisitStarted,
} from '@infuse/contracts';
import { rebuildVisit } from '../src/domain/rebuild-visit';
import { asSent, PLAN } from '../src/domain/visit-fixtures.testing';
import { isSerious, type VisitRecord } from '../src/domain/visit-record';
import { type StoredUpdate } from '../src/domain/visit-update';
import { type VisitView } from '../src/view-visit/visit-view';
import {
  eventually,
  type NursingTestService,
  startNursingService,
  tokenFor,
} from '../test/nursing-test-service';
import { acceptedReferral, daysFromToday, releasedDose } from '../test/visit-fixtures';
import { deviceBatches } from './device-batches';
import { SeededRandom } from './seeded-random';
import { visitScenario } from './visit-scenarios';

// 50 devices (one nurse each) send the updates of 200 visits in overlapping, duplicated and
// reordered batches, several at once; then every visit record must equal the one built from
// the same updates applied once, in order, and each event must have been published once.
const DEVICES = Number(process.env['SOAK_DEVICES'] ?? 50);
const VISITS = Number(process.env['SOAK_VISITS'] ?? 200);
const IN_FLIGHT_PER_DEVICE = Number(process.env['SOAK_IN_FLIGHT'] ?? 3);
const SEED = Number(process.env['SOAK_SEED'] ?? 20261201);

interface SendStats {
  latencies: number[];
  /** Updates sent, replays included. */
  updates: number;
  /** Batches answered, by HTTP status (409: the batch held updates after the signature). */
  answers: Map<number, number>;
}

interface SoakVisit {
  visitId: string;
  nurseId: string;
  updates: StoredUpdate[];
}

const pad = (value: number) => String(value).padStart(2, '0');

const PROGRESS_EVENTS = [
  VisitStarted.type,
  VisitAdverseReactionReported.type,
  VisitCompleted.type,
  VisitMissed.type,
];

describe('soak: visit updates from 50 devices on poor connections', () => {
  let nursing: NursingTestService;

  beforeAll(async () => {
    nursing = await startNursingService({ DATABASE_POOL_SIZE: '10' });
  });

  afterAll(async () => {
    await nursing.stop();
  });

  /** One referral and one-day dose per visit, each home in its device's nurse's territory. */
  async function scheduleVisits(): Promise<{ referralId: string; nurseId: string }[]> {
    const planned = [];
    for (let device = 1; device <= DEVICES; device += 1)
      await nursing.addNurse(`soak-rn-${pad(device)}`, [`4${pad(device)}`]);
    for (let index = 0; index < VISITS; index += 1) {
      const device = (index % DEVICES) + 1;
      const referral = acceptedReferral((accepted) => {
        accepted.patient.address = {
          ...accepted.patient.address!,
          postalCode: `4${pad(device)}10`,
        };
      });
      await nursing.publish(ReferralAccepted, referral);
      await nursing.publish(DispenseReleased, releasedDose(referral, [daysFromToday(0)]));
      planned.push({ referralId: referral.referralId, nurseId: `soak-rn-${pad(device)}` });
    }
    return planned;
  }

  async function runDevice(
    nurseId: string,
    visits: SoakVisit[],
    random: SeededRandom,
    stats: SendStats,
  ): Promise<void> {
    const token = await tokenFor('nurse', nurseId);
    const queue = random.shuffled(
      visits.flatMap((visit) =>
        deviceBatches(visit.updates, random).map((batch) => ({ visitId: visit.visitId, batch })),
      ),
    );
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const began = performance.now();
        const response = await nursing.service.http.post(
          `/v1/visits/${next.visitId}/updates`,
          { updates: next.batch.map(asSent) },
          token,
        );
        stats.latencies.push(performance.now() - began);
        stats.updates += next.batch.length;
        stats.answers.set(response.status, (stats.answers.get(response.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT_PER_DEVICE }, worker));
  }

  /** How often each progress event of the visit was published (written to the outbox). */
  async function eventCounts(visitId: string): Promise<Record<string, number>> {
    const rows = await nursing.query<{ type: string; count: string }>(
      `SELECT type, count(*) FROM nursing.outbox
        WHERE data->>'visitId' = $1 AND type = ANY($2) GROUP BY type ORDER BY type`,
      [visitId, PROGRESS_EVENTS],
    );
    return Object.fromEntries(rows.map((row) => [row.type, Number(row.count)]));
  }

  function expectedEvents(record: VisitRecord): Record<string, number> {
    const serious = record.reactions.filter(isSerious).length;
    const expected: [string, number][] = [
      [VisitAdverseReactionReported.type, serious],
      [VisitCompleted.type, record.signed ? 1 : 0],
      [VisitMissed.type, record.missed ? 1 : 0],
      [VisitStarted.type, record.infusion ? 1 : 0],
    ];
    return Object.fromEntries(expected.filter(([, count]) => count > 0).sort());
  }

  it('keeps every update once: 0 lost, 0 doubled, every record as if applied once in order', async () => {
    const planned = await scheduleVisits();
    const rows = await eventually(
      'every visit scheduled',
      async () => {
        const found = await nursing.query<{ id: string; referral_id: string; nurse_id: string }>(
          `SELECT id, referral_id, nurse_id FROM nursing.visit`,
        );
        return found.length === VISITS ? found : undefined;
      },
      120_000,
    );
    const start = Date.now() - 6 * 3_600_000;
    const visits: SoakVisit[] = planned.map(({ referralId, nurseId }, index) => {
      const row = rows.find((candidate) => candidate.referral_id === referralId)!;
      expect(row.nurse_id).toBe(nurseId);
      return { visitId: row.id, nurseId, updates: visitScenario(index, start, nurseId) };
    });

    const stats: SendStats = { latencies: [], updates: 0, answers: new Map() };
    const began = performance.now();
    await Promise.all(
      Array.from({ length: DEVICES }, (_, device) => {
        const nurseId = `soak-rn-${pad(device + 1)}`;
        const own = visits.filter((visit) => visit.nurseId === nurseId);
        return runDevice(nurseId, own, new SeededRandom(SEED + device), stats);
      }),
    );
    const seconds = (performance.now() - began) / 1000;

    let lost = 0;
    let doubled = 0;
    let mismatched = 0;
    let eventsWrong = 0;
    for (const visit of visits) {
      const stored = await nursing.query<{ client_update_id: string }>(
        `SELECT client_update_id FROM nursing.visit_update WHERE visit_id = $1`,
        [visit.visitId],
      );
      const storedIds = stored.map((row) => row.client_update_id);
      lost += visit.updates.filter((each) => !storedIds.includes(each.clientUpdateId)).length;
      doubled += storedIds.length - new Set(storedIds).size;
      // Read as its nurse reads it: the clinical record is hers alone.
      const { body } = await nursing.service.http.get<VisitView>(
        `/v1/visits/${visit.visitId}`,
        await tokenFor('nurse', visit.nurseId),
      );
      const expected = rebuildVisit(visit.updates, PLAN).record;
      doubled += body.record.applied.length - new Set(body.record.applied).size;
      // As stored: JSON keeps no undefined members (and jsonb no member order).
      if (!isDeepStrictEqual(body.record, JSON.parse(JSON.stringify(expected)))) {
        mismatched += 1;
        expect(body.record).toEqual(expected);
      }
      const events = await eventCounts(visit.visitId);
      if (!isDeepStrictEqual(events, expectedEvents(expected))) eventsWrong += 1;
    }

    const sorted = [...stats.latencies].sort((a, b) => a - b);
    const quantile = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    console.log(
      [
        `soak:visits ${DEVICES} devices, ${VISITS} visits, ${visits.reduce((sum, visit) => sum + visit.updates.length, 0)} distinct updates, seed ${SEED}`,
        `batches sent: ${stats.latencies.length} with ${stats.updates} updates (answers ${[...stats.answers].map(([status, count]) => `${status}×${count}`).join(', ')}) in ${seconds.toFixed(1)} s, ${(stats.latencies.length / seconds).toFixed(0)} batches/s`,
        `batch latency p50 ${quantile(0.5).toFixed(0)} ms, p99 ${quantile(0.99).toFixed(0)} ms, max ${quantile(1).toFixed(0)} ms`,
        `lost ${lost}, doubled ${doubled}, records differing from in-order ${mismatched}, visits with wrong events ${eventsWrong}`,
      ].join('\n'),
    );
    expect({ lost, doubled, mismatched, eventsWrong }).toEqual({
      lost: 0,
      doubled: 0,
      mismatched: 0,
      eventsWrong: 0,
    });
  }, 900_000);
});
