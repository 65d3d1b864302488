import { AuthorizationApproved, DispenseVerified } from '@infuse/contracts';
import { tokenFor } from '@infuse/testing';
import { acceptedReferral, approvalFor } from './dispense-fixtures';
import {
  acknowledgeWarnings,
  lotsFor,
  type pharmacistApi,
  startPharmacistDesk,
} from './dispense-steps';
import { openFirstOrder, type PharmacyTestService } from './pharmacy-test-service';

describe('pharmacy: verifying a dose', () => {
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

  const acknowledgement = {
    code: 'HIGH_REACTION_RISK',
    reason: 'First infusion: start at the initial rate.',
  };

  async function statusOf(id: string): Promise<string | undefined> {
    const [row] = await pharmacy.query<{ status: string }>(
      `SELECT status FROM pharmacy.dispense_order WHERE id = $1`,
      [id],
    );
    return row?.status;
  }

  it.each([
    [
      'prior anaphylaxis to immune globulin',
      ['prior_anaphylaxis_to_ig'],
      'PRIOR_ANAPHYLAXIS_TO_IG',
    ],
    [
      'IgA deficiency with anti-IgA antibodies and a history of hypersensitivity (rule 14)',
      ['iga_deficiency_with_antibodies', 'hypersensitivity_history'],
      'IGA_DEFICIENCY_WITH_ANTIBODIES_AND_HYPERSENSITIVITY',
    ],
  ] as const)(
    'blocks on a hard stop, %s, and no acknowledgement overrides it',
    async (_case, conditions, code) => {
      const referral = acceptedReferral((draft) => (draft.patient.conditions = [...conditions]));
      const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
      const { body } = await api.view(id, verifier);
      const everything = [
        ...acknowledgeWarnings(body.worksheet),
        { code, reason: 'The prescriber insists.' },
      ];
      const response = await api.verify(id, { acknowledgements: everything }, verifier);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'DISPENSE.HARD_STOP', codes: [code] });
      expect(await statusOf(id)).toBe('awaiting_verification');
    },
  );

  it('refuses a warning without its acknowledgement, naming it, and accepts it with one', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));

    const refused = await api.verify(id, { acknowledgements: [] }, verifier);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'DISPENSE.ACKNOWLEDGEMENT_MISSING',
      codes: ['HIGH_REACTION_RISK'],
      errors: [
        { pointer: '/acknowledgements', detail: expect.stringContaining('HIGH_REACTION_RISK') },
      ],
    });
    expect(await statusOf(id)).toBe('awaiting_verification');

    const accepted = await api.verify(id, { acknowledgements: [acknowledgement] }, verifier);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id, status: 'verified', productId: 'privigen' });
    const [event] = await pharmacy.dispenses.waitFor(
      (message) =>
        message.headers['ce_type'] === DispenseVerified.type &&
        message.headers['ce_correlationid'] === referral.referralId,
    );
    expect(DispenseVerified.schema.parse(event!.data)).toMatchObject({
      dispenseId: id,
      hcpcs: 'J1459',
      units: 70,
      acknowledgements: [acknowledgement],
      verifiedBy: 'rph-4',
    });
  });

  it('stores the worksheet as verified, unchanged by what arrives afterwards', async () => {
    const referral = acceptedReferral();
    const approval = approvalFor(referral);
    const id = await openFirstOrder(pharmacy, referral, approval);
    const before = await api.view(id, verifier);
    expect((await api.verify(id, { acknowledgements: [acknowledgement] }, verifier)).status).toBe(
      200,
    );
    const verified = (await api.view(id, verifier)).body.verification;
    expect(verified).toMatchObject({ verifiedBy: 'rph-4', acknowledgements: [acknowledgement] });
    expect(verified?.worksheet).toEqual(before.body.worksheet);

    // A smaller re-decision of the same authorization changes the live balance, not the record.
    await pharmacy.publish(AuthorizationApproved, {
      ...approval,
      authorizedUnits: 300,
      decidedAt: new Date(Date.now() + 1000).toISOString(),
    });
    const later = await eventuallyView(
      id,
      (view) => view.worksheet?.authorization?.authorizedUnits === 300,
    );
    expect(later.verification?.worksheet).toEqual(before.body.worksheet);
  });

  it('re-screens another brand, asks prior-auth for its code, and releases it once authorized', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const acknowledgements = [
      acknowledgement,
      {
        code: 'PRESCRIBED_BRAND_CHANGED',
        reason: 'Privigen on backorder; prescriber agreed to Gammagard.',
      },
    ];
    const verified = await api.verify(
      id,
      { productId: 'gammagard-liquid', acknowledgements },
      verifier,
    );
    expect(verified.status).toBe(200);
    const [event] = await pharmacy.dispenses.waitFor(
      (message) =>
        message.headers['ce_type'] === DispenseVerified.type &&
        message.headers['ce_correlationid'] === referral.referralId,
    );
    const data = DispenseVerified.schema.parse(event!.data);
    expect(data).toMatchObject({
      productId: 'gammagard-liquid',
      hcpcs: 'J1569',
      authorizationUpdate: {
        authorizedHcpcs: 'J1459',
        requestedHcpcs: 'J1569',
        productBrand: 'Gammagard Liquid',
      },
    });
    const view = (await api.view(id, releaser)).body;
    expect(view.worksheet?.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'HCPCS_NOT_AUTHORIZED', severity: 'info' }),
      ]),
    );
    // Gammagard's pump rate follows its label's 0.5 mL/kg/h: 35.6 mL/h at 71.2 kg.
    expect(view.verification?.worksheet.infusionPlan?.steps[0]?.mlPerHour).toBe(35.6);

    const lots = lotsFor(view.verification?.worksheet ?? null);
    const blocked = await api.release(id, lots, releaser);
    expect(blocked.status).toBe(409);
    expect(blocked.body).toMatchObject({ code: 'HCPCS_NOT_AUTHORIZED' });

    const update = approvalFor(referral, (draft) => {
      draft.kind = 'update';
      draft.hcpcs = 'J1569';
    });
    await pharmacy.publish(AuthorizationApproved, update);
    const released = await eventuallyRelease(id, lots);
    expect(released.status).toBe(200);
    const [row] = await pharmacy.query<{
      released_authorization_id: string;
      released_units: number;
    }>(
      `SELECT released_authorization_id, released_units FROM pharmacy.dispense_order WHERE id = $1`,
      [id],
    );
    expect(row?.released_authorization_id).toBe(update.authorizationId);
  });

  it.each([
    ['a product the catalogue does not have', { productId: 'carimune-nf' }, '/productId'],
    ['an SC-only product for an IVIG order', { productId: 'hizentra' }, '/productId'],
  ])('refuses %s with 422 naming the field', async (_case, change, pointer) => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const response = await api.verify(
      id,
      { ...change, acknowledgements: [acknowledgement] },
      verifier,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ pointer })]);
  });

  it('refuses to acknowledge what is not a warning of this worksheet', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const response = await api.verify(
      id,
      { acknowledgements: [acknowledgement, { code: 'THROMBOSIS_RISK', reason: 'just in case' }] },
      verifier,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/acknowledgements/1/code' }),
    ]);
  });

  it.each([
    [
      'a blank reason',
      { acknowledgements: [{ code: 'HIGH_REACTION_RISK', reason: '  ' }] },
      '/acknowledgements/0/reason',
    ],
    ['no acknowledgements at all', {}, '/acknowledgements'],
    ['a field it does not know', { acknowledgements: [], override: true }, ''],
  ])('answers 400 for %s, naming the field, and writes nothing', async (_case, body, pointer) => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    const response = await api.verify(id, body, verifier);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({ pointer: `#${pointer}` });
    expect(await statusOf(id)).toBe('awaiting_verification');
  });

  it('refuses a nurse, and a coordinator, with 403', async () => {
    const referral = acceptedReferral();
    const id = await openFirstOrder(pharmacy, referral, approvalFor(referral));
    for (const role of ['nurse', 'intake_coordinator'] as const) {
      const response = await api.verify(
        id,
        { acknowledgements: [acknowledgement] },
        await tokenFor(role),
      );
      expect(response.status).toBe(403);
    }
    expect(await statusOf(id)).toBe('awaiting_verification');
  });

  async function eventuallyView(
    id: string,
    ready: (view: Awaited<ReturnType<typeof api.view>>['body']) => boolean,
  ) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { body } = await api.view(id, verifier);
      if (ready(body) || Date.now() > deadline) return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function eventuallyRelease(id: string, lots: unknown) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const response = await api.release(id, lots, releaser);
      if (response.status !== 409 || Date.now() > deadline) return response;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
