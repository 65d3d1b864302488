import { addDays, addMonths } from '@infuse/clinical';
import {
  AuthorizationApproved,
  DispenseCancelled,
  DispenseCreated,
  DispenseDelivered,
  DispenseNextCycleHeld,
  DispenseReopened,
  DispenseShipped,
} from '@infuse/contracts';
import { type ReadMessage, tokenFor } from '@infuse/testing';
import { type Accepted, acceptedReferral, approvalFor, type Approved } from './dispense-fixtures';
import {
  acknowledgeWarnings,
  lotsFor,
  type pharmacistApi,
  startPharmacistDesk,
} from './dispense-steps';
import { completeCycle, openFirstOrder, type PharmacyTestService } from './pharmacy-test-service';

describe('pharmacy: shipping, delivery, cancellation and the next cycle', () => {
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

  const eventOf = (type: string, referralId: string) => (message: ReadMessage) =>
    message.headers['ce_type'] === type && message.headers['ce_correlationid'] === referralId;

  /** Nursing completes the dose's last visit; what pharmacy announced for the next one. */
  const completeDose = (referral: Accepted, dispenseId: string, cycle: number, eventId?: string) =>
    completeCycle(
      pharmacy,
      { referralId: referral.referralId, patientId: referral.patientId, dispenseId, cycle },
      eventId,
    );

  /** An order verified by rph-4 and released by rph-9. */
  async function releasedOrder(
    referral: Accepted = acceptedReferral(),
    approval: Approved = approvalFor(referral),
  ): Promise<string> {
    const id = await openFirstOrder(pharmacy, referral, approval);
    const { body } = await api.view(id, verifier);
    expect(
      (await api.verify(id, { acknowledgements: acknowledgeWarnings(body.worksheet) }, verifier))
        .status,
    ).toBe(200);
    expect((await api.release(id, lotsFor(body.worksheet), releaser)).status).toBe(200);
    return id;
  }

  it('ships a released dose cold and records its delivery in range', async () => {
    const referral = acceptedReferral();
    const id = await releasedOrder(referral);
    expect((await api.ship(id, releaser)).status).toBe(200);
    const [shipped] = await pharmacy.dispenses.waitFor(
      eventOf(DispenseShipped.type, referral.referralId),
    );
    expect(DispenseShipped.schema.parse(shipped!.data)).toMatchObject({
      carrier: 'UPS',
      packOut: { validatedHours: 48 },
      shippedBy: 'rph-9',
    });
    const delivered = await api.delivered(id, true, releaser);
    expect(delivered.body).toMatchObject({ status: 'delivered' });
    const [event] = await pharmacy.dispenses.waitFor(
      eventOf(DispenseDelivered.type, referral.referralId),
    );
    expect(DispenseDelivered.schema.parse(event!.data)).toMatchObject({
      receivedBy: 'Maren Okafor',
    });
    // Delivered drug is on its way to the patient: it can no longer be cancelled.
    expect((await api.cancel(id, 'changed our mind', releaser)).status).toBe(409);
  });

  it('reopens an order delivered out of temperature range, for a replacement released with new lots', async () => {
    const referral = acceptedReferral();
    const id = await releasedOrder(referral);
    await api.ship(id, releaser);
    const excursion = await api.delivered(id, false, releaser);
    expect(excursion.body).toMatchObject({ status: 'reopened' });
    const [reopened] = await pharmacy.dispenses.waitFor(
      eventOf(DispenseReopened.type, referral.referralId),
    );
    const data = DispenseReopened.schema.parse(reopened!.data);
    expect(data).toMatchObject({ reason: 'temperature-excursion', receivedBy: 'Maren Okafor' });
    expect(data.unusableLots.map((lot) => lot.lotNumber)).toEqual([
      'LOT-1-20',
      'LOT-2-10',
      'LOT-3-5',
    ]);
    expect(
      pharmacy.dispenses.all().filter(eventOf(DispenseDelivered.type, referral.referralId)),
    ).toEqual([]);

    // The spoiled drug is never given or billed: its units are free for the replacement.
    const [spoiled] = await pharmacy.query<{ released_units: number | null }>(
      `SELECT released_units FROM pharmacy.dispense_order WHERE id = $1`,
      [id],
    );
    expect(spoiled?.released_units).toBeNull();
    const view = (await api.view(id, releaser)).body;
    const replacement = lotsFor(view.verification?.worksheet ?? null).map((lot) => ({
      ...lot,
      lotNumber: `${lot.lotNumber}-R`,
    }));
    expect((await api.release(id, replacement, releaser)).body).toMatchObject({
      status: 'released',
    });
    const after = (await api.view(id, releaser)).body;
    expect(after.unusableReleases).toHaveLength(1);
    expect(after.release?.lots.map((lot) => lot.lotNumber)).toEqual([
      'LOT-1-20-R',
      'LOT-2-10-R',
      'LOT-3-5-R',
    ]);
  });

  it('cancels a dose with a reason, and nothing more happens to it', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    expect((await api.cancel(id, '', verifier)).status).toBe(400);
    const cancelled = await api.cancel(id, 'Prescriber paused therapy for surgery', verifier);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const [event] = await pharmacy.dispenses.waitFor(
      eventOf(DispenseCancelled.type, referral.referralId),
    );
    expect(DispenseCancelled.schema.parse(event!.data)).toMatchObject({
      reason: 'Prescriber paused therapy for surgery',
      cancelledBy: 'rph-4',
    });
    expect((await api.cancel(id, 'again', verifier)).status).toBe(409);
    expect((await api.verify(id, { acknowledgements: [] }, verifier)).status).toBe(409);
  });

  it('refuses shipping an unreleased dose, and a pack-out dated in the future', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    expect((await api.ship(id, releaser)).status).toBe(409);
    const released = await releasedOrder();
    const response = await pharmacy.service.http.post<{ errors: unknown[] }>(
      `/v1/dispenses/${released}/ship`,
      {
        carrier: 'UPS',
        trackingNumber: '1Z1',
        packOut: {
          type: 'shipper',
          validatedHours: 48,
          packedAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      releaser,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/packOut/packedAt' }),
    ]);
  });

  it.each(['ship', 'delivered', 'cancel'] as const)(
    'refuses a nurse on %s with 403',
    async (step) => {
      const id = await releasedOrder();
      const nurse = await tokenFor('nurse', 'rn-7');
      const response =
        step === 'ship'
          ? await api.ship(id, nurse)
          : step === 'delivered'
            ? await api.delivered(id, true, nurse)
            : await api.cancel(id, 'no', nurse);
      expect(response.status).toBe(403);
    },
  );

  it('opens cycle n+1 one interval after cycle n when nursing completes its visit, once', async () => {
    const referral = acceptedReferral();
    const first = await releasedOrder(referral);
    const answer = await completeDose(referral, first, 1, 'visit-completed-once');
    expect(answer.headers['ce_type']).toBe(DispenseCreated.type);
    const next = DispenseCreated.schema.parse(answer.data);
    expect(next).toMatchObject({
      cycle: 2,
      productId: 'privigen',
      administrationDates: [addDays(referral.order.startDate!, 28)],
    });
    // The same completion delivered again, and another visit's completion of the same dose,
    // open nothing new.
    await completeDose(referral, first, 1, 'visit-completed-once');
    await completeDose(referral, first, 1);
    const rows = await pharmacy.query<{ cycle: number }>(
      `SELECT cycle FROM pharmacy.dispense_order WHERE referral_id = $1 ORDER BY cycle`,
      [referral.referralId],
    );
    expect(rows.map((row) => row.cycle)).toEqual([1, 2]);
    // A patient on the same product within 8 weeks is no longer at the higher reaction risk.
    const { body } = await api.view(next.dispenseId, verifier);
    expect(body).toMatchObject({ status: 'awaiting_verification' });
    expect(body.worksheet?.observationMinutes).toBe(20);
  });

  it('holds the next cycle for a reauthorization when no authorization covers it', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(
      referral,
      (draft) => (draft.periodEnd = addDays(draft.periodStart, 20)),
    );
    const first = await releasedOrder(referral, approval);
    const answer = await completeDose(referral, first, 1);
    expect(answer.headers['ce_type']).toBe(DispenseNextCycleHeld.type);
    expect(DispenseNextCycleHeld.schema.parse(answer.data)).toMatchObject({
      dispenseId: first,
      cycle: 1,
      reason: 'no-authorization',
      nextDoseDate: addDays(referral.order.startDate!, 28),
      authorizationId: approval.authorizationId,
    });
    // The same completion again announces no second hold.
    await completeDose(referral, first, 1);
    const holds = pharmacy.dispenses
      .all()
      .filter(eventOf(DispenseNextCycleHeld.type, referral.referralId));
    expect(holds).toHaveLength(1);

    // The reauthorization's approval opens the held dose.
    const reauthorization = approvalFor(referral, (draft) => {
      draft.kind = 'reauthorization';
      draft.periodStart = addDays(referral.order.startDate!, 21);
      draft.periodEnd = addDays(draft.periodStart, 181);
    });
    await pharmacy.publish(AuthorizationApproved, reauthorization);
    const [opened] = await pharmacy.dispenses.waitFor(
      (message) =>
        eventOf(DispenseCreated.type, referral.referralId)(message) &&
        (message.data as { cycle: number }).cycle === 2,
    );
    expect(DispenseCreated.schema.parse(opened!.data)).toMatchObject({
      authorizationId: reauthorization.authorizationId,
      administrationDates: [addDays(referral.order.startDate!, 28)],
    });
  });

  it("holds the next cycle for a renewal at the end of the order's duration", async () => {
    const referral = acceptedReferral((draft) => (draft.order.durationMonths = 1));
    const first = await releasedOrder(referral);
    // One month from the first dose leaves room for a second cycle 28 days on, not a third.
    const second = DispenseCreated.schema.parse((await completeDose(referral, first, 1)).data);
    expect(second.cycle).toBe(2);
    const answer = await completeDose(referral, second.dispenseId, 2);
    expect(DispenseNextCycleHeld.schema.parse(answer.data)).toMatchObject({
      cycle: 2,
      reason: 'order-ended',
      orderEndsOn: addMonths(referral.order.startDate!, 1),
    });
  });
});
