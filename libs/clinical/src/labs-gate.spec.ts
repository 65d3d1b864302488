import { withClinicalSettings } from './clinical-settings';
import { addDays, addMonths } from './iso-date';
import { type LabResult } from '@infuse/contracts';
import { checkLabsGate, troughRecheckWindow } from './labs-gate';

const referenceDate = '2026-12-07';
const labsAged = (days: number): LabResult[] => [
  { code: 'BUN', value: 14, unit: 'mg/dL', collectedOn: addDays(referenceDate, -days) },
  { code: 'creatinine', value: 0.8, unit: 'mg/dL', collectedOn: addDays(referenceDate, -days) },
];

describe('labs gate (rule 13)', () => {
  it.each([
    [0, true],
    [25, true], // the referral fixture: collected 2026-11-12
    [30, true],
    [31, false],
  ])(
    'BUN and creatinine collected %i days before the first dose pass: %s [PH2][MMO]',
    (days, passed) => {
      const gate = checkLabsGate({ labs: labsAged(days), referenceDate });
      expect(gate.passed).toBe(passed);
      expect(gate.issues.map((issue) => issue.code)).toEqual(
        passed ? [] : ['BUN_REQUIRED', 'CREATININE_REQUIRED'],
      );
    },
  );

  it('does not count labs dated after the reference date', () => {
    expect(checkLabsGate({ labs: labsAged(-1), referenceDate }).passed).toBe(false);
  });

  it('names the missing lab', () => {
    const gate = checkLabsGate({
      labs: labsAged(5).filter((lab) => lab.code === 'BUN'),
      referenceDate,
    });
    expect(gate.issues.map((issue) => issue.code)).toEqual(['CREATININE_REQUIRED']);
  });

  it('follows a payer window set to 14 days (setting)', () => {
    const settings = withClinicalSettings({ baselineLabsMaxAgeDays: 14 });
    expect(checkLabsGate({ labs: labsAged(20), referenceDate }, settings)).toMatchObject({
      passed: false,
      maxAgeDays: 14,
    });
  });

  it('requires an IgG trough before an IVIG → SCIG switch [HIZ1]', () => {
    const labs = labsAged(5);
    expect(
      checkLabsGate({ labs, referenceDate, switchingIvigToScig: true }).issues.map(
        (issue) => issue.code,
      ),
    ).toEqual(['IGG_TROUGH_REQUIRED']);
    const withTrough = [
      ...labs,
      { code: 'IgG' as const, value: 650, collectedOn: addDays(referenceDate, -3) },
    ];
    expect(
      checkLabsGate({ labs: withTrough, referenceDate, switchingIvigToScig: true }).passed,
    ).toBe(true);
    expect(checkLabsGate({ labs, referenceDate }).passed).toBe(true);
  });

  it.each([
    ['hizentra', addMonths('2027-01-04', 2), '[HIZ1] 2–3 months'],
    ['cuvitru', addMonths('2027-01-04', 2), '[CUV1] 2–3 months'],
    ['xembify', addDays('2027-01-04', 35), '[XEM1] from 5 weeks'],
  ])(
    '%s trough recheck after a switch on 2027-01-04 from %s to 3 months later %s',
    (productId, earliest) => {
      expect(troughRecheckWindow(productId, '2027-01-04')).toMatchObject({
        earliestDate: earliest,
        latestDate: '2027-04-04',
      });
    },
  );
});
