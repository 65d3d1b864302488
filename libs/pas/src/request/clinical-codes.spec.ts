// The builder maps Infuse's vocabularies (libs/contracts, referral-vocabulary) onto FHIR codes;
// a code added there without a mapping here would travel as "medical records" or be dropped.
import { DOCUMENT_TYPES, LAB_CODES as INFUSE_LAB_CODES, LAB_UNITS } from '@infuse/contracts';
import { loincOfLab } from '../lab-loinc';
import { CODE_SYSTEMS } from '../pas-vocabulary';
import { DOCUMENT_CODES, UCUM_SPELLINGS } from './clinical-codes';

const UCUM_SAFE = /^[A-Za-z0-9*/.%{}\[\]-]+$/;

describe("the request's terminology", () => {
  it.each([...DOCUMENT_TYPES])(
    'maps the document type %s to a LOINC code and a PWK01 report type',
    (type) => {
      const codes = DOCUMENT_CODES[type];
      expect(codes?.type.system).toBe(CODE_SYSTEMS.loinc);
      expect(codes?.type.code).toMatch(/^\d{4,6}-\d$/);
      expect(codes?.reportType.system).toBe('https://codesystem.x12.org/005010/755');
    },
  );

  it.each([...INFUSE_LAB_CODES])('maps the lab %s to LOINC, in a unit UCUM can spell', (code) => {
    expect(loincOfLab(code)?.system).toBe(CODE_SYSTEMS.loinc);
    const unit = LAB_UNITS[code];
    expect(UCUM_SPELLINGS[unit] ?? unit).toMatch(UCUM_SAFE);
  });

  it('codes the labs payers ask for as the domain reference names them', () => {
    expect(loincOfLab('IgG')?.code).toBe('2465-3');
    expect(loincOfLab('creatinine')?.code).toBe('2160-0');
    expect(loincOfLab('BUN')?.code).toBe('3094-0');
  });
});
