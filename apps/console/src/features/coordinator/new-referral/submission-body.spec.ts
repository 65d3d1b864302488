import type { ReferralFormValues } from './referral-form.schema';
import { documentBodyOf, submissionBodyOf } from './submission-body';

// The pharmacy's time zone is Vite's build setting (import.meta, which CommonJS cannot load);
// the lab schema reaches it through the pharmacy's "today". The default zone stands in.
jest.mock('../../../ui/pharmacy-time-zone', () => ({ PHARMACY_TIME_ZONE: 'America/New_York' }));

/** A referral as a coordinator types it, stray spaces and lower-case codes included. */
function typed(): ReferralFormValues {
  return {
    patient: {
      mrn: ' MRN-0042 ',
      firstName: ' Ada ',
      lastName: 'Lovelace ',
      dateOfBirth: '1984-03-09',
      sex: 'female',
      heightCm: '165',
      weightKg: 71.2,
      bloodType: '',
      allergies: [' penicillin '],
      conditions: ['diabetes'],
      address: {
        line1: '12 Pratt St ',
        line2: ' ',
        city: 'Baltimore',
        state: 'md',
        postalCode: '21230',
      },
      phone: '',
    },
    prescriber: {
      npi: ' 1234567893 ',
      firstName: 'Grace',
      lastName: 'Hopper',
      phone: '(410) 555-0100',
      specialty: '',
    },
    order: {
      therapy: 'IVIG',
      diagnosisCode: 'd83.9',
      productPreference: '',
      doseGramsPerKg: '0.5',
      infusionDays: 1,
      intervalDays: '28',
      startDate: '',
      durationMonths: '',
      newStart: true,
    },
    insurance: {
      planType: 'commercial',
      payerId: 'ACME',
      payerName: ' Acme Health ',
      memberId: 'M-1001',
      groupNumber: '',
    },
    labs: [{ code: 'creatinine', value: '0.9', collectedOn: '2026-11-20' }],
    documents: [],
  };
}

/** The body as the request sends it: JSON leaves out what is undefined. */
async function sent(values: ReferralFormValues): Promise<unknown> {
  return JSON.parse(JSON.stringify(await submissionBodyOf(values))) as unknown;
}

describe('submissionBodyOf', () => {
  it('sends what was typed trimmed, codes in capitals, numbers as numbers, empty fields left out', async () => {
    expect(await sent(typed())).toEqual({
      patient: {
        mrn: 'MRN-0042',
        firstName: 'Ada',
        lastName: 'Lovelace',
        dateOfBirth: '1984-03-09',
        sex: 'female',
        heightCm: 165,
        weightKg: 71.2,
        allergies: ['penicillin'],
        conditions: ['diabetes'],
        address: { line1: '12 Pratt St', city: 'Baltimore', state: 'MD', postalCode: '21230' },
      },
      prescriber: {
        npi: '1234567893',
        firstName: 'Grace',
        lastName: 'Hopper',
        phone: '(410) 555-0100',
      },
      order: {
        therapy: 'IVIG',
        diagnosisCode: 'D83.9',
        doseGramsPerKg: 0.5,
        infusionDays: 1,
        intervalDays: 28,
        newStart: true,
      },
      insurance: {
        planType: 'commercial',
        payerId: 'ACME',
        payerName: 'Acme Health',
        memberId: 'M-1001',
      },
      labs: [{ code: 'creatinine', value: 0.9, unit: 'mg/dL', collectedOn: '2026-11-20' }],
      documents: [],
    });
  });

  it('sends each lab with its code’s own unit', async () => {
    const values = typed();
    values.labs = [
      { code: 'hemoglobin', value: 13.1, collectedOn: '2026-11-20' },
      { code: 'platelets', value: '250', collectedOn: '2026-11-20' },
    ];
    const body = await submissionBodyOf(values);
    expect(body.labs.map((lab) => [lab.code, lab.value, lab.unit])).toEqual([
      ['hemoglobin', 13.1, 'g/dL'],
      ['platelets', 250, '10^9/L'],
    ]);
  });

  it('sends no address when none was begun', async () => {
    const values = typed();
    values.patient.address = { line1: ' ', line2: '', city: '', state: '', postalCode: '' };
    expect((await submissionBodyOf(values)).patient.address).toBeUndefined();
  });

  it('sends no payer for an uninsured patient, whatever was typed before choosing it', async () => {
    const values = typed();
    values.insurance.planType = 'uninsured';
    expect((await submissionBodyOf(values)).insurance).toEqual({ planType: 'uninsured' });
  });

  it('refuses to build a body from values the form’s schema would not have passed', async () => {
    const values = typed();
    values.order.therapy = '';
    await expect(submissionBodyOf(values)).rejects.toThrow('a referral body without a therapy');
  });
});

describe('documentBodyOf', () => {
  beforeAll(() => {
    // Node has File but no FileReader: this one reads a file into a data URL as the browser's does.
    class DataUrlReader {
      result: string | null = null;
      error: DOMException | null = null;
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      readAsDataURL(file: Blob): void {
        void file.arrayBuffer().then((bytes) => {
          const binary = String.fromCharCode(...new Uint8Array(bytes));
          this.result = `data:${file.type};base64,${btoa(binary)}`;
          this.onload?.();
        });
      }
    }
    Object.defineProperty(globalThis, 'FileReader', { value: DataUrlReader, configurable: true });
  });

  it('sends the file’s contents in base64 with the content type intake names it by', async () => {
    const file = new File(['Rx: IVIG 0.5 g/kg'], 'rx.txt', { type: 'text/plain' });
    expect(await documentBodyOf({ type: 'prescription', title: ' Prescription ', file })).toEqual({
      type: 'prescription',
      title: 'Prescription',
      contentType: 'text/plain',
      contentBase64: btoa('Rx: IVIG 0.5 g/kg'),
    });
  });

  it('refuses a file of a kind intake does not store', async () => {
    const file = new File(['<p>notes</p>'], 'notes.html', { type: 'text/html' });
    await expect(documentBodyOf({ type: 'clinical_notes', title: 'Notes', file })).rejects.toThrow(
      'a content type intake takes',
    );
  });
});
