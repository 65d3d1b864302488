import { type EventData } from '../event-contract';
import { ReferralAccepted } from './referral-accepted.event';
import { ReferralCancelled } from './referral-cancelled.event';
import { ReferralDocumentsRequested } from './referral-documents-requested.event';
import { LAB_CODES, LAB_UNITS } from './referral-vocabulary';

type Accepted = EventData<typeof ReferralAccepted>;

function accepted(change: (data: Accepted) => void): unknown {
  const data = structuredClone(ReferralAccepted.example);
  change(data);
  return data;
}

describe('referral events', () => {
  it.each<[string, (data: Accepted) => void]>([
    ['a lab in the wrong unit', (data) => (data.labs[0]!.unit = 'g/dL')],
    ['an unknown risk condition', (data) => ((data.patient.conditions as string[]) = ['gout'])],
    ['a commercial plan without a member id', (data) => delete data.insurance.memberId],
    ['an empty document', (data) => (data.documents[0]!.sizeBytes = 0)],
    ['a date with a time', (data) => (data.patient.dateOfBirth = '1979-03-14T00:00:00Z')],
    ['an instant without an offset', (data) => (data.acceptedAt = '2026-11-21T10:41:05')],
    ['an NPI of nine digits', (data) => (data.prescriber.npi = '123456789')],
    ['a diagnosis that is not ICD-10-CM', (data) => (data.order.diagnosisCode = 'd83.9')],
  ])('ReferralAccepted rejects %s', (_case, change) => {
    expect(ReferralAccepted.schema.safeParse(accepted(change)).success).toBe(false);
  });

  it('ReferralAccepted takes an uninsured patient without payer or member', () => {
    const data = accepted((draft) => (draft.insurance = { planType: 'uninsured' }));
    expect(ReferralAccepted.schema.safeParse(data).success).toBe(true);
  });

  it('ReferralAccepted never passes document contents on', () => {
    const data = accepted((draft) => Object.assign(draft.documents[0]!, { contentBase64: 'JVBE' }));
    expect(ReferralAccepted.schema.parse(data).documents[0]).not.toHaveProperty('contentBase64');
  });

  it('ReferralDocumentsRequested needs at least one missing item', () => {
    const data = { ...ReferralDocumentsRequested.example, missing: [] };
    expect(ReferralDocumentsRequested.schema.safeParse(data).success).toBe(false);
  });

  it('ReferralCancelled takes a cancellation without a reason', () => {
    const data: Record<string, unknown> = { ...ReferralCancelled.example };
    delete data['reason'];
    expect(ReferralCancelled.schema.safeParse(data).success).toBe(true);
  });

  it('names a unit for every lab code', () => {
    expect(LAB_CODES).toEqual(Object.keys(LAB_UNITS));
  });
});
