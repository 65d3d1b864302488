import { type LabInput, type ReferralParticulars } from './referral-input';
import { Referral, type ReferralStatus } from './referral.aggregate';
import { ReferralError } from './referral.errors';

const rules = { renalLabMaxAgeDays: 30 };
const submittedOn = '2026-11-26';
const lab = (code: LabInput['code'], collectedOn = '2026-11-12'): LabInput => ({
  code,
  value: 1,
  unit: code === 'hemoglobin' ? 'g/dL' : code === 'platelets' ? '10^9/L' : 'mg/dL',
  collectedOn,
});
const document = (type: 'prescription' | 'clinical_notes' | 'lab_report' | 'insurance_card') => ({
  type,
  title: type,
  contentType: 'application/pdf' as const,
  content: new Uint8Array([37, 80, 68, 70]),
});
const particulars = {
  patient: { firstName: 'Maren', lastName: 'Okafor', dateOfBirth: '1979-03-14' },
  order: { therapy: 'IVIG', diagnosisCode: 'D83.9', newStart: true },
  insurance: { planType: 'commercial' },
} as unknown as ReferralParticulars;
const completeLabs = [lab('IgG'), lab('IgA'), lab('BUN'), lab('creatinine')];
const allDocuments = [
  document('prescription'),
  document('clinical_notes'),
  document('lab_report'),
  document('insurance_card'),
];

let ids = 0;
const newId = () => `id-${(ids += 1)}`;

function received(labs = completeLabs, documents = allDocuments): Referral {
  return Referral.receive(
    {
      id: 'r-1',
      patientId: 'p-1',
      particulars,
      labs,
      documents,
      submittedOn,
      submittedBy: 'ic-1',
      receivedAt: new Date('2026-11-26T15:00:00Z'),
    },
    rules,
    newId,
  );
}

function restored(status: ReferralStatus): Referral {
  return Referral.restore({
    id: 'r-1',
    patientId: 'p-1',
    status,
    missing: status === 'pending_documents' ? ['lab:IgG'] : [],
    offLabel: false,
    particulars,
    submittedOn,
    submittedBy: 'ic-1',
    receivedAt: new Date('2026-11-26T15:00:00Z'),
    labs: [],
    documents: [],
  });
}

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof ReferralError ? error.code : 'not a referral error';
  }
  return undefined;
}

describe('Referral', () => {
  it('is accepted at once when nothing is missing, with what it came with to store', () => {
    const referral = received();
    expect(referral.status).toBe('accepted');
    expect(referral.changes).toEqual([{ kind: 'received' }, { kind: 'accepted' }]);
    expect(referral.newLabs).toEqual(completeLabs);
    expect(referral.newDocuments.map((stored) => [stored.type, stored.sizeBytes])).toEqual(
      allDocuments.map((submitted) => [submitted.type, 4]),
    );
    expect(referral.documents.map((stored) => stored.documentId)).toEqual(
      referral.newDocuments.map((stored) => stored.documentId),
    );
  });

  it('waits for what is missing and asks for it', () => {
    const referral = received([lab('IgA'), lab('BUN'), lab('creatinine')], allDocuments.slice(1));
    expect(referral.status).toBe('pending_documents');
    expect(referral.changes).toEqual([
      { kind: 'received' },
      { kind: 'documents-requested', missing: ['document:prescription', 'lab:IgG'] },
    ]);
  });

  it('asks again only when what is missing changed, and accepts once nothing is', () => {
    const referral = received([lab('IgA'), lab('BUN'), lab('creatinine')], allDocuments.slice(1));
    referral.addLab(lab('IgM'), rules);
    referral.addDocument(document('prescription'), 'd-9', rules);
    referral.addLab(lab('IgG'), rules);
    referral.addLab(lab('IgG', '2026-11-20'), rules);
    expect(referral.changes.map((change) => change.kind)).toEqual([
      'received',
      'documents-requested',
      'lab-added',
      'document-added',
      'documents-requested',
      'lab-added',
      'accepted',
      'lab-added',
    ]);
    expect(referral.status).toBe('accepted');
  });

  it('lists labs in the order they were added: submitted ones first', () => {
    const referral = received([lab('IgG', '2026-11-20'), lab('IgA', '2026-11-01')]);
    referral.addLab(lab('BUN', '2026-10-30'), rules);
    expect(referral.labs.map((stored) => stored.code)).toEqual(['IgG', 'IgA', 'BUN']);
  });

  it('rejects a pending referral but not an accepted one', () => {
    const pending = restored('pending_documents');
    pending.reject('not a candidate');
    expect(pending.changes).toEqual([{ kind: 'rejected', reason: 'not a candidate' }]);
    expect(codeOf(() => restored('accepted').reject('too late'))).toBe('REFERRAL.ALREADY_ACCEPTED');
  });

  it.each(['rejected', 'cancelled'] as const)('refuses every change once %s', (status) => {
    const referral = restored(status);
    expect(codeOf(() => referral.addLab(lab('IgG'), rules))).toBe('REFERRAL.NOT_OPEN');
    expect(codeOf(() => referral.addDocument(document('prescription'), 'd-1', rules))).toBe(
      'REFERRAL.NOT_OPEN',
    );
    expect(codeOf(() => referral.reject('again'))).toBe('REFERRAL.NOT_OPEN');
    expect(codeOf(() => referral.cancel(undefined))).toBe('REFERRAL.NOT_OPEN');
  });

  it('cancels an accepted referral', () => {
    const referral = restored('accepted');
    referral.cancel('therapy stopped');
    expect(referral.changes).toEqual([{ kind: 'cancelled', reason: 'therapy stopped' }]);
    expect(referral.isOpen).toBe(false);
  });
});
