import { addMonths } from '@infuse/clinical';
import { AuthorizationCancelled, DispenseCreated, DispenseReleased } from '@infuse/contracts';
import { eventually, tokenFor } from '@infuse/testing';
import {
  type Accepted,
  acceptedReferral,
  approvalFor,
  type Approved,
  daysFromToday,
} from './dispense-fixtures';
import {
  acknowledgeWarnings,
  type LotBody,
  lotsFor,
  type pharmacistApi,
  startPharmacistDesk,
} from './dispense-steps';
import { completeCycle, openFirstOrder, type PharmacyTestService } from './pharmacy-test-service';

describe('pharmacy: releasing a dose with its lots', () => {
  let pharmacy: PharmacyTestService;
  let api: ReturnType<typeof pharmacistApi>;
  let verifier: string;
  let releaser: string;

  beforeAll(async () => {
    ({ pharmacy, api, verifier, releaser } = await startPharmacistDesk());
  });

  afterAll(async () => {
    await pharmacy.stop();
  });

  /** An order verified by rph-4, with the lots that cover its vials. */
  async function verifiedOrder(
    referral: Accepted = acceptedReferral(),
    approval: Approved = approvalFor(referral),
  ): Promise<{ id: string; lots: LotBody[] }> {
    const id = await openFirstOrder(pharmacy, referral, approval);
    const { body } = await api.view(id, verifier);
    const verified = await api.verify(
      id,
      { acknowledgements: acknowledgeWarnings(body.worksheet) },
      verifier,
    );
    expect(verified.status).toBe(200);
    return { id, lots: lotsFor(body.worksheet) };
  }

  it('releases a first dose by a second pharmacist, with everything the nurse needs in its event', async () => {
    const referral = acceptedReferral();
    const { id, lots } = await verifiedOrder(referral);
    const response = await api.release(id, lots, releaser);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'released' });

    const [event] = await pharmacy.dispenses.waitFor(
      (message) =>
        message.headers['ce_type'] === DispenseReleased.type &&
        message.headers['ce_correlationid'] === referral.referralId,
    );
    const data = DispenseReleased.schema.parse(event!.data);
    expect(data).toMatchObject({
      dispenseId: id,
      patientId: referral.patientId,
      cycle: 1,
      diagnosisCode: 'D83.9',
      product: { productId: 'privigen', brandName: 'Privigen', manufacturer: 'CSL Behring' },
      hcpcs: 'J1459',
      units: 70,
      doseGramsPerKg: 0.5,
      dosingWeightKg: 71.2,
      gramsPerInfusionDay: 35,
      administrationDates: [referral.order.startDate],
      observationMinutes: 60,
      premedication: { routine: false },
      verifiedBy: 'rph-4',
      releasedBy: 'rph-9',
    });
    expect(data.lots.map((lot) => [lot.vialGrams, lot.vials])).toEqual([
      [20, 1],
      [10, 1],
      [5, 1],
    ]);
    expect(data.infusionPlan).toMatchObject({ route: 'IV', maxMgPerKgMin: 8, maxMlPerHour: 341.8 });
    expect(data.monitoring.map((task) => task.code)).toContain('POST_INFUSION_OBSERVATION');
    const audit = await pharmacy.query<{ action: string; actor_subject: string }>(
      `SELECT action, actor_subject FROM pharmacy.audit_log WHERE resource_id = $1 AND action LIKE 'dispense.%'
        AND action <> 'dispense.read' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'dispense.create', actor_subject: 'system:pharmacy' },
      { action: 'dispense.verify', actor_subject: 'rph-4' },
      { action: 'dispense.release', actor_subject: 'rph-9' },
    ]);
  });

  it('refuses the pharmacist who verified a first dose as its releaser, with 403', async () => {
    const { id, lots } = await verifiedOrder();
    const response = await api.release(id, lots, verifier);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'DISPENSE.SECOND_PHARMACIST_REQUIRED' });
    expect((await api.release(id, lots, releaser)).status).toBe(200);
  });

  it('refuses an expired lot, naming it', async () => {
    const referral = acceptedReferral();
    const { id, lots } = await verifiedOrder(referral);
    const expired = lots.map((lot, index) =>
      index === 1 ? { ...lot, expiresOn: daysFromToday(3) } : lot,
    );
    const response = await api.release(id, expired, releaser);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'DISPENSE.LOT_NOT_USABLE',
      lot: 1,
      reason: 'LOT_EXPIRED',
    });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/lots/1/expiresOn' }),
    ]);
  });

  it('refuses a lot that expires on the administration date itself', async () => {
    const { id, lots } = await verifiedOrder();
    const { body } = await api.view(id, verifier);
    const administeredOn = body.administrationDates.at(-1)!;
    const lastDay = lots.map((lot, index) =>
      index === 0 ? { ...lot, expiresOn: administeredOn } : lot,
    );
    const response = await api.release(id, lastDay, releaser);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ lot: 0, reason: 'LOT_EXPIRED' });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/lots/0/expiresOn' }),
    ]);
  });

  it('refuses a lot past its room-temperature limit, counted from the day it left refrigeration', async () => {
    // Gammagard Liquid keeps 24 months at ≤25 °C once out of the fridge [GGL4].
    const referral = acceptedReferral(
      (draft) => (draft.order.productPreference = 'Gammagard Liquid'),
    );
    const approval = approvalFor(referral, (draft) => (draft.hcpcs = 'J1569'));
    const { id, lots } = await verifiedOrder(referral, approval);
    const start = referral.order.startDate!;
    const withFridgeDay = (since: string) =>
      lots.map((lot, index) => (index === 0 ? { ...lot, roomTemperatureSince: since } : lot));

    const tooLong = await api.release(id, withFridgeDay(addMonths(start, -25)), releaser);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body).toMatchObject({ lot: 0, reason: 'ROOM_TEMPERATURE_LIMIT_PASSED' });
    expect(tooLong.body.errors).toEqual([
      expect.objectContaining({ pointer: '/lots/0/roomTemperatureSince' }),
    ]);

    const inTime = await api.release(id, withFridgeDay(addMonths(start, -23)), releaser);
    expect(inTime.status).toBe(200);
  });

  it('refuses lots that do not cover the verified vials exactly', async () => {
    const { id, lots } = await verifiedOrder();
    const short = lots.slice(1);
    const response = await api.release(id, short, releaser);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ code: 'DISPENSE.LOTS_DO_NOT_MATCH' });
    const extra = [...lots, { ...lots[0]!, lotNumber: 'EXTRA-1' }];
    expect((await api.release(id, extra, releaser)).status).toBe(422);
  });

  it('refuses a dose worth more units than the authorization holds', async () => {
    const referral = acceptedReferral();
    const { id, lots } = await verifiedOrder(
      referral,
      approvalFor(referral, (draft) => (draft.authorizedUnits = 60)),
    );
    const response = await api.release(id, lots, releaser);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'EXCEEDS_AUTHORIZED_UNITS', remainingUnits: 60 });
  });

  it('refuses the dose that would take the cumulative units over the authorization', async () => {
    const referral = acceptedReferral();
    const { id, lots } = await verifiedOrder(
      referral,
      approvalFor(referral, (draft) => (draft.authorizedUnits = 100)),
    );
    expect((await api.release(id, lots, releaser)).status).toBe(200);

    const opened = await completeCycle(pharmacy, {
      referralId: referral.referralId,
      patientId: referral.patientId,
      dispenseId: id,
      cycle: 1,
    });
    const next = { id: DispenseCreated.schema.parse(opened.data).dispenseId };
    const { body } = await api.view(next.id, verifier);
    expect(body.worksheet?.authorization).toMatchObject({ usedUnits: 70, remainingUnits: 30 });
    expect(
      (
        await api.verify(
          next.id,
          { acknowledgements: acknowledgeWarnings(body.worksheet) },
          verifier,
        )
      ).status,
    ).toBe(200);
    // A later cycle needs no second pharmacist.
    const response = await api.release(next.id, lotsFor(body.worksheet), verifier);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'EXCEEDS_AUTHORIZED_UNITS', remainingUnits: 30 });
  });

  it('refuses a dose outside the authorized period', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral, (draft) => (draft.periodStart = daysFromToday(8)));
    const { id, lots } = await verifiedOrder(referral, approval);
    const response = await api.release(id, lots, releaser);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'OUTSIDE_AUTHORIZED_PERIOD' });
  });

  it('refuses a dose once its authorization is cancelled', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral);
    const { id, lots } = await verifiedOrder(referral, approval);
    await pharmacy.publish(AuthorizationCancelled, {
      authorizationId: approval.authorizationId,
      referralId: referral.referralId,
      patientId: referral.patientId,
      payerId: approval.payerId,
      kind: approval.kind,
      reason: 'Referral cancelled',
      cancelledAt: new Date().toISOString(),
      cancelledBy: 'system:prior-auth',
    });
    await eventually('the withdrawal of the authorization', async () => {
      const rows = await pharmacy.query(
        `SELECT 1 FROM pharmacy.audit_log WHERE action = 'authorization-grant.withdraw'
            AND resource_id = $1`,
        [approval.authorizationId],
      );
      return rows.length > 0 ? true : undefined;
    });
    const response = await api.release(id, lots, releaser);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'OUTSIDE_AUTHORIZED_PERIOD' });
  });

  it('refuses releasing a dose not yet verified, and a nurse altogether', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const lots = lotsFor((await api.view(id, verifier)).body.worksheet);
    expect((await api.release(id, lots, releaser)).status).toBe(409);
    expect((await api.release(id, lots, await tokenFor('nurse'))).status).toBe(403);
  });

  it.each([
    ['no lots', [], '/lots'],
    [
      'a lot without its number',
      [{ productId: 'privigen', expiresOn: '2030-01-31', vialGrams: 20, vials: 1 }],
      '/lots/0/lotNumber',
    ],
    [
      'an impossible expiry',
      [
        {
          productId: 'privigen',
          lotNumber: 'P1',
          expiresOn: '2030-02-30',
          vialGrams: 20,
          vials: 1,
        },
      ],
      '/lots/0/expiresOn',
    ],
    [
      'half a vial',
      [
        {
          productId: 'privigen',
          lotNumber: 'P1',
          expiresOn: '2030-01-31',
          vialGrams: 20,
          vials: 0.5,
        },
      ],
      '/lots/0/vials',
    ],
  ])('answers 400 for %s, naming the field', async (_case, lots, pointer) => {
    const { id } = await verifiedOrder();
    const response = await api.release(id, lots, releaser);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ pointer: `#${pointer}` });
  });
});
