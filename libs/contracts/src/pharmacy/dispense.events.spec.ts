import { type EventData } from '../event-contract';
import { DispenseCreated } from './dispense-created.event';
import { DispenseReopened } from './dispense-lifecycle.event';
import { DispenseReleased } from './dispense-released.event';
import { DispenseShipped } from './dispense-shipment.event';
import { DispenseVerified } from './dispense-verified.event';

type Released = EventData<typeof DispenseReleased>;

function released(change: (data: Released) => void): unknown {
  const data = structuredClone(DispenseReleased.example);
  change(data);
  return data;
}

describe('dispense events', () => {
  it.each<[string, (data: Released) => void]>([
    ['no lots', (data) => (data.lots = [])],
    [
      'a lot without its expiry',
      (data) => delete (data.lots[0] as Partial<Released['lots'][0]>).expiresOn,
    ],
    ['a lot of part of a vial', (data) => (data.lots[0]!.vials = 0.5)],
    ['no administration date', (data) => (data.administrationDates = [])],
    ['a HCPCS code in lower case', (data) => (data.hcpcs = 'j1459')],
    ['a fractional unit count', (data) => (data.units = 70.5)],
    ['an infusion plan without steps', (data) => (data.infusionPlan.steps = [])],
    [
      'a monitoring task at no known time',
      (data) => ((data.monitoring[0]!.timing as string) = 'later'),
    ],
    ['cycle 0', (data) => (data.cycle = 0)],
  ])('DispenseReleased rejects %s', (_case, change) => {
    expect(DispenseReleased.schema.safeParse(released(change)).success).toBe(false);
  });

  it('DispenseReleased carries a lot that left refrigeration with its day', () => {
    const data = released((draft) => {
      draft.lots[0]!.roomTemperatureSince = '2026-11-30';
    }) as Released;
    expect(DispenseReleased.schema.parse(data).lots[0]?.roomTemperatureSince).toBe('2026-11-30');
  });

  it('DispenseVerified may ask prior-auth to authorize another code', () => {
    const data = {
      ...DispenseVerified.example,
      productId: 'gammagard-liquid',
      hcpcs: 'J1569',
      authorizationUpdate: {
        authorizationId: DispenseCreated.example.authorizationId,
        authorizedHcpcs: 'J1459',
        requestedHcpcs: 'J1569',
        productBrand: 'Gammagard Liquid',
      },
    };
    expect(DispenseVerified.schema.parse(data).authorizationUpdate?.requestedHcpcs).toBe('J1569');
  });

  it('DispenseCreated needs an administration date per infusion day, at least one', () => {
    const data = { ...DispenseCreated.example, administrationDates: [] };
    expect(DispenseCreated.schema.safeParse(data).success).toBe(false);
  });

  it('DispenseShipped needs the pack-out it travels in', () => {
    const data: Record<string, unknown> = { ...DispenseShipped.example };
    delete data['packOut'];
    expect(DispenseShipped.schema.safeParse(data).success).toBe(false);
  });

  it('DispenseReopened names only a temperature excursion as its reason', () => {
    const data = { ...DispenseReopened.example, reason: 'changed mind' };
    expect(DispenseReopened.schema.safeParse(data).success).toBe(false);
  });
});
