import { ReferralAccepted } from '@infuse/contracts';
import { defaultClinicalSettings } from '@infuse/clinical';
import { DispenseOrder } from './dispense-order.aggregate';
import { DispenseError } from './dispense.errors';
import { buildWorksheet } from './worksheet/build-worksheet';
import { type Worksheet } from './worksheet/worksheet';

const { referralId, patientId, offLabel, patient, prescriber, order, insurance, labs, documents } =
  ReferralAccepted.example;

function worksheet(conditions: string[] = []): Worksheet {
  return buildWorksheet(
    {
      referral: {
        referralId,
        patientId,
        status: 'accepted',
        offLabel,
        patient: { ...patient, conditions: conditions as typeof patient.conditions },
        prescriber,
        order,
        insurance,
        labs,
        documents,
      },
      productId: 'privigen',
      cycle: 1,
      administrationDates: ['2026-12-07'],
      referralsUrl: 'http://referrals.test',
    },
    defaultClinicalSettings,
  );
}

const at = new Date('2026-12-01T14:00:00Z');
const open = (cycle = 1) =>
  DispenseOrder.open({
    id: 'c41d7e2b-5a9f-4c3e-8b16-0f2a9d7e5b38',
    referralId,
    patientId,
    cycle,
    therapy: 'IVIG',
    productId: 'privigen',
    authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    administrationDates: ['2026-12-07'],
    at,
  });

const release = {
  lots: [],
  hcpcs: 'J1459',
  units: 70,
  authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
  authorizationNumber: 'AUTH-ACME-000184',
};
const acknowledged = [{ code: 'HIGH_REACTION_RISK', reason: 'first dose' }];

function codeOf(work: () => void): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DispenseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a dispense order', () => {
  it('opens awaiting verification, announcing it once', () => {
    const order = open();
    expect(order.status).toBe('awaiting_verification');
    expect(order.changes).toEqual([{ kind: 'created' }]);
  });

  it('never verifies past a stop, whatever is acknowledged', () => {
    const order = open();
    const blocked = codeOf(() =>
      order.verify(
        worksheet(['prior_anaphylaxis_to_ig']),
        [...acknowledged, { code: 'PRIOR_ANAPHYLAXIS_TO_IG', reason: 'insisted' }],
        { by: 'rph-4', at },
      ),
    );
    expect(blocked).toBe('DISPENSE.HARD_STOP');
    expect(order.status).toBe('awaiting_verification');
  });

  it('needs every warning acknowledged, and only warnings', () => {
    const order = open();
    expect(codeOf(() => order.verify(worksheet(), [], { by: 'rph-4', at }))).toBe(
      'DISPENSE.ACKNOWLEDGEMENT_MISSING',
    );
    expect(
      codeOf(() =>
        order.verify(worksheet(), [...acknowledged, { code: 'LIVE_VACCINES', reason: 'noted' }], {
          by: 'rph-4',
          at,
        }),
      ),
    ).toBe('DISPENSE.ACKNOWLEDGEMENT_UNKNOWN');
    order.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    expect(order.status).toBe('verified');
  });

  it('has a second pharmacist release a first dose, but not a later one', () => {
    const first = open(1);
    first.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    expect(codeOf(() => first.releaseWith(release, { by: 'rph-4', at }, true))).toBe(
      'DISPENSE.SECOND_PHARMACIST_REQUIRED',
    );
    first.releaseWith(release, { by: 'rph-9', at }, true);
    expect(first.releasedUnits).toBe(70);

    const later = open(2);
    later.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    later.releaseWith(release, { by: 'rph-4', at }, true);
    expect(later.status).toBe('released');

    const unruled = open(1);
    unruled.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    unruled.releaseWith(release, { by: 'rph-4', at }, false);
    expect(unruled.status).toBe('released');
  });

  it('reopens on a delivery out of range, freeing its units, and takes a replacement', () => {
    const order = open();
    order.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    order.releaseWith(release, { by: 'rph-9', at }, true);
    order.ship(
      {
        carrier: 'UPS',
        trackingNumber: '1Z',
        packOut: { type: 'shipper', validatedHours: 48, packedAt: at.toISOString() },
      },
      { by: 'rph-9', at },
    );
    order.recordDelivery(
      { receivedBy: 'Maren Okafor', temperatureInRange: false },
      { by: 'rph-9', at },
    );
    expect(order.status).toBe('reopened');
    expect(order.releasedUnits).toBeUndefined();
    expect(order.changes.map((change) => change.kind)).toEqual([
      'created',
      'verified',
      'released',
      'shipped',
      'reopened',
    ]);
    order.releaseWith(release, { by: 'rph-9', at }, true);
    expect(order.releasedUnits).toBe(70);
  });

  it('cancels only what is not on its way', () => {
    const order = open();
    order.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    order.releaseWith(release, { by: 'rph-9', at }, true);
    order.ship(
      {
        carrier: 'UPS',
        trackingNumber: '1Z',
        packOut: { type: 'shipper', validatedHours: 48, packedAt: at.toISOString() },
      },
      { by: 'rph-9', at },
    );
    expect(codeOf(() => order.cancel('too late', { by: 'rph-4', at }))).toBe(
      'DISPENSE.ILLEGAL_TRANSITION',
    );
    const released = open();
    released.verify(worksheet(), acknowledged, { by: 'rph-4', at });
    released.releaseWith(release, { by: 'rph-9', at }, true);
    released.cancel('returned to stock', { by: 'rph-4', at });
    expect(released.releasedUnits).toBeUndefined();
  });
});
