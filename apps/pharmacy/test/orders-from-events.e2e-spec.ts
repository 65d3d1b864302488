import { ageInYears, rankProducts } from '@infuse/clinical';
import {
  AuthorizationApproved,
  DispenseCancelled,
  DispenseCreated,
  ReferralAccepted,
  ReferralCancelled,
  ReferralLabAdded,
} from '@infuse/contracts';
import { eventually, type ReadMessage } from '@infuse/testing';
import { acceptedReferral, approvalFor, daysFromToday } from './dispense-fixtures';
import { type PharmacyTestService, startPharmacyService } from './pharmacy-test-service';

// Orders come from two topics that keep no order between them: the referral's acceptance and
// the payer's approval. Each test publishes them as referrals and prior-auth do.
describe('pharmacy: dispense orders from referral and authorization events', () => {
  let pharmacy: PharmacyTestService;

  beforeAll(async () => {
    pharmacy = await startPharmacyService();
  });

  afterAll(async () => {
    await pharmacy.stop();
  });

  const eventsOf = (type: string, referralId: string) => (message: ReadMessage) =>
    message.headers['ce_type'] === type && message.headers['ce_correlationid'] === referralId;

  async function ordersOf(referralId: string) {
    return pharmacy.query<{ id: string; cycle: number; status: string; product_id: string }>(
      `SELECT id, cycle, status, product_id FROM pharmacy.dispense_order WHERE referral_id = $1`,
      [referralId],
    );
  }

  /** Waits until the service has handled an event, seen through the audit row it wrote. */
  async function handled(action: string, resourceId: string): Promise<void> {
    await eventually(`${action} of ${resourceId}`, async () => {
      const rows = await pharmacy.query(
        `SELECT 1 FROM pharmacy.audit_log WHERE action = $1 AND resource_id = $2`,
        [action, resourceId],
      );
      return rows.length > 0 ? true : undefined;
    });
  }

  it('opens one order for the first cycle when the acceptance comes before the approval', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral);
    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.publish(AuthorizationApproved, approval);

    const [created] = await pharmacy.dispenses.waitFor(
      eventsOf(DispenseCreated.type, referral.referralId),
    );
    const data = DispenseCreated.schema.parse(created!.data);
    expect(data).toMatchObject({
      referralId: referral.referralId,
      patientId: referral.patientId,
      cycle: 1,
      therapy: 'IVIG',
      productId: 'privigen',
      authorizationId: approval.authorizationId,
      administrationDates: [referral.order.startDate],
    });
    expect(created!.key).toBe(referral.patientId);
    expect(created!.headers['ce_actor']).toBe('system:pharmacy');
    expect(await ordersOf(referral.referralId)).toHaveLength(1);
  });

  it('opens one order when the approval comes first, waiting for its referral', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral);
    await pharmacy.publish(AuthorizationApproved, approval);
    await handled('authorization-grant.record', approval.authorizationId);
    expect(await ordersOf(referral.referralId)).toEqual([]);

    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.dispenses.waitFor(eventsOf(DispenseCreated.type, referral.referralId));
    expect(await ordersOf(referral.referralId)).toEqual([
      expect.objectContaining({ cycle: 1, status: 'awaiting_verification' }),
    ]);
  });

  it('opens exactly one order per referral when acceptances and approvals race', async () => {
    const referrals = Array.from({ length: 8 }, () => acceptedReferral());
    await Promise.all(
      referrals.flatMap((referral) => [
        pharmacy.publish(ReferralAccepted, referral),
        pharmacy.publish(AuthorizationApproved, approvalFor(referral)),
      ]),
    );
    for (const referral of referrals) {
      await pharmacy.dispenses.waitFor(eventsOf(DispenseCreated.type, referral.referralId));
    }
    for (const referral of referrals) expect(await ordersOf(referral.referralId)).toHaveLength(1);
  });

  it('creates nothing new for a redelivered event, or the same facts sent again as new events', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral);
    const acceptedId = await pharmacy.publish(ReferralAccepted, referral);
    const approvedId = await pharmacy.publish(AuthorizationApproved, approval);
    await pharmacy.dispenses.waitFor(eventsOf(DispenseCreated.type, referral.referralId));

    await pharmacy.publish(ReferralAccepted, referral, acceptedId);
    await pharmacy.publish(AuthorizationApproved, approval, approvedId);
    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.publish(AuthorizationApproved, approval);
    // The patient's later event on each topic comes after the copies on its partition.
    const lab = {
      code: 'IgG' as const,
      value: 402,
      unit: 'mg/dL' as const,
      collectedOn: daysFromToday(-1),
    };
    await pharmacy.publish(ReferralLabAdded, {
      referralId: referral.referralId,
      patientId: referral.patientId,
      lab,
      addedAt: new Date().toISOString(),
      addedBy: 'ic-1',
    });
    const marker = approvalFor(referral);
    await pharmacy.publish(AuthorizationApproved, marker);
    await handled('authorization-grant.record', marker.authorizationId);
    await handled('referral-copy.add', referral.referralId);

    expect(await ordersOf(referral.referralId)).toHaveLength(1);
    expect(
      pharmacy.dispenses.all().filter(eventsOf(DispenseCreated.type, referral.referralId)),
    ).toHaveLength(1);
    const [copy] = await pharmacy.query<{ labs: unknown[] }>(
      `SELECT labs FROM pharmacy.referral_copy WHERE referral_id = $1`,
      [referral.referralId],
    );
    expect(copy?.labs).toHaveLength(referral.labs.length + 1);
    expect(copy?.labs.at(-1)).toEqual(lab);
  });

  it('cancels the open orders of a referral cancelled after approval, and opens none after', async () => {
    const referral = acceptedReferral();
    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.publish(AuthorizationApproved, approvalFor(referral));
    await pharmacy.dispenses.waitFor(eventsOf(DispenseCreated.type, referral.referralId));

    await pharmacy.publish(ReferralCancelled, {
      referralId: referral.referralId,
      patientId: referral.patientId,
      reason: 'Patient moved to another provider',
      cancelledAt: new Date().toISOString(),
      cancelledBy: 'ic-1',
    });
    const [cancelled] = await pharmacy.dispenses.waitFor(
      eventsOf(DispenseCancelled.type, referral.referralId),
    );
    expect(DispenseCancelled.schema.parse(cancelled!.data)).toMatchObject({
      cycle: 1,
      reason: 'Referral cancelled: Patient moved to another provider',
      cancelledBy: 'system:pharmacy',
    });
    expect(await ordersOf(referral.referralId)).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
  });

  it('opens no order for an approval of a referral withdrawn before it', async () => {
    const referral = acceptedReferral();
    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.publish(ReferralCancelled, {
      referralId: referral.referralId,
      patientId: referral.patientId,
      cancelledAt: new Date().toISOString(),
      cancelledBy: 'ic-1',
    });
    await eventually('the withdrawal', async () => {
      const [copy] = await pharmacy.query<{ status: string }>(
        `SELECT status FROM pharmacy.referral_copy WHERE referral_id = $1`,
        [referral.referralId],
      );
      return copy?.status === 'cancelled' ? true : undefined;
    });
    const approval = approvalFor(referral);
    await pharmacy.publish(AuthorizationApproved, approval);
    await handled('authorization-grant.record', approval.authorizationId);
    expect(await ordersOf(referral.referralId)).toEqual([]);
  });

  it('proposes the clinical ranking when the prescriber names no brand', async () => {
    const referral = acceptedReferral((draft) => delete draft.order.productPreference);
    await pharmacy.publish(ReferralAccepted, referral);
    await pharmacy.publish(AuthorizationApproved, approvalFor(referral));
    const [created] = await pharmacy.dispenses.waitFor(
      eventsOf(DispenseCreated.type, referral.referralId),
    );
    const ranking = rankProducts({
      patient: {
        ageYears: ageInYears(referral.patient.dateOfBirth, referral.order.startDate!),
        conditions: [],
        bloodType: 'O+',
      },
      indication: 'primary-immunodeficiency',
      therapy: 'IVIG',
      courseDoseGramsPerKg: 0.5,
      history: { infusionDate: referral.order.startDate! },
    });
    expect(DispenseCreated.schema.parse(created!.data).productId).toBe(
      ranking.eligible[0]?.productId,
    );
  });
});
