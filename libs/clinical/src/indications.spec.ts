import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { type IndicationId } from './clinical-types';
import { indicationDefinitions } from './indication-definitions';
import {
  findIndicationByIcd10,
  getIndication,
  indicationsInGroup,
  isCidpOrMmnCode,
  isDiagnosisOnLabel,
  isPrimaryImmunodeficiencyCode,
  normalizeIcd10,
} from './indications';

// Section 4a of the reference.
const codes: [string, IndicationId, boolean, string][] = [
  ['D80.0', 'primary-immunodeficiency', false, '[CSLICD][NOR2]'],
  ['D80.1', 'primary-immunodeficiency', false, '[CSLICD][NCM]'],
  ['D80.3', 'primary-immunodeficiency', false, '[CSLICD][CHW]'],
  ['D80.9', 'primary-immunodeficiency', false, '[CSLICD]'],
  ['D81.0', 'primary-immunodeficiency', false, '[CSLICD][NCM]'],
  ['D81.3', 'primary-immunodeficiency', false, '[NCM]'],
  ['D81.31', 'primary-immunodeficiency', true, '[NCM] subcodes unconfirmed'],
  ['D81.89', 'primary-immunodeficiency', false, '[CSLICD][CHW]'],
  ['D82.0', 'primary-immunodeficiency', false, '[NCM]'],
  ['D83.0', 'primary-immunodeficiency', false, '[NCM]'],
  ['D83.9', 'primary-immunodeficiency', true, 'unconfirmed'],
  ['G61.81', 'cidp', false, '[CSLICD][HCC]'],
  ['G61.82', 'multifocal-motor-neuropathy', true, 'unconfirmed'],
  ['G61.0', 'guillain-barre', true, 'unconfirmed'],
  ['D69.3', 'itp', false, '[NCM]'],
  ['M30.3', 'kawasaki', true, 'unconfirmed'],
  ['G70.00', 'myasthenia-gravis', true, 'unconfirmed'],
  ['G70.01', 'myasthenia-gravis', true, 'unconfirmed'],
  ['M33.12', 'dermatomyositis', true, 'unconfirmed'],
  ['M33.02', 'dermatomyositis', true, 'unconfirmed'],
];

describe('indications and ICD-10 codes', () => {
  it.each(codes)('%s maps to %s (unconfirmed: %s) %s', (code, indication, unconfirmed) => {
    const match = findIndicationByIcd10(code);
    expect(match?.indication.id).toBe(indication);
    expect(match?.entry.unconfirmed === true).toBe(unconfirmed);
  });

  it.each([
    ['D80.0', true],
    ['D81.9', true],
    ['D82.0', true],
    ['D83.9', true],
    ['D82.1', false],
    ['G61.81', false],
    ['D69.3', false],
  ])(
    '%s is a PI code of the LCD list (D80.x/D81.x/D82.0/D83.x): %s [CSLICD][NCM]',
    (code, expected) => {
      expect(isPrimaryImmunodeficiencyCode(code)).toBe(expected);
    },
  );

  it.each([
    ['G61.81', true],
    ['G61.82', true],
    ['G61.0', false],
    ['D83.9', false],
  ])('%s is CIDP or MMN: %s [CSLICD][HCC]', (code, expected) => {
    expect(isCidpOrMmnCode(code)).toBe(expected);
  });

  it('returns undefined for a diagnosis outside every indication (off-label)', () => {
    expect(findIndicationByIcd10('C91.10')).toBeUndefined();
    expect(isDiagnosisOnLabel('C91.10', 'privigen')).toBe(false);
  });

  it.each([
    ['d839', 'D83.9'],
    [' G61.81 ', 'G61.81'],
    ['G6181', 'G61.81'],
    ['D69.3', 'D69.3'],
  ])('normalizes %p to %s', (raw, normalized) => {
    expect(normalizeIcd10(raw)).toBe(normalized);
    expect(findIndicationByIcd10(raw)?.code).toBe(normalized);
  });

  it.each(['', '83.9', 'D8', 'DD83.9'])('rejects %p as an ICD-10 code', (raw) => {
    expect(catchClinicalError(() => normalizeIcd10(raw)).code).toBe('CLINICAL.INVALID_INPUT');
  });

  it.each([
    ['D83.9', 'privigen', undefined, true, '[PRV1]'],
    ['D69.3', 'privigen', undefined, true, '[PRV1]'],
    ['G61.82', 'gammagard-liquid', 'IV', true, '[GGL5]'],
    ['G61.82', 'privigen', undefined, false, '[PRV1]'],
    ['D69.3', 'gamunex-c', 'SC', false, '[GMX2]'],
    ['M33.12', 'octagam-10', undefined, true, '[OCTDM]'],
    ['D83.9', 'octagam-10', undefined, false, '[OCT10]'],
  ] as const)('%s on label for %s (%s): %s %s', (code, productId, route, expected, _source) => {
    expect(isDiagnosisOnLabel(code, productId, route)).toBe(expected);
  });

  it('has no ICD-10 code for secondary immunodeficiency until the payer adds one', () => {
    expect(getIndication('secondary-immunodeficiency').icd10).toEqual([]);
    const settings = withClinicalSettings({
      indications: indicationDefinitions.map((indication) =>
        indication.id === 'secondary-immunodeficiency'
          ? {
              ...indication,
              icd10: [{ code: 'D84.821', match: 'exact', description: 'payer code', sources: [] }],
            }
          : indication,
      ),
    });
    expect(findIndicationByIcd10('D84.821', settings)?.indication.id).toBe(
      'secondary-immunodeficiency',
    );
  });

  it('groups CIDP, MMN and GBS as neuropathies', () => {
    expect(indicationsInGroup('neuropathy')).toEqual([
      'cidp',
      'guillain-barre',
      'multifocal-motor-neuropathy',
    ]);
  });

  it('rejects an unknown indication with CLINICAL.UNKNOWN_INDICATION', () => {
    expect(catchClinicalError(() => getIndication('lupus')).code).toBe(
      'CLINICAL.UNKNOWN_INDICATION',
    );
  });
});
