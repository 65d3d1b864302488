import { defaultAuthorizationPeriod, reauthorizationTaskDate } from './authorization-period';
import { withClinicalSettings } from './clinical-settings';
import { addDays, addMonths } from './iso-date';

describe('authorization period (rule 23)', () => {
  it.each([
    ['initial', 6, '[PH1][PH2] initial 6 months'],
    ['reauthorization', 12, '[PH1][PH2] renew annually'],
  ] as const)('an %s authorization from 2027-01-15 lasts %i months %s', (kind, months, _source) => {
    const period = defaultAuthorizationPeriod('2027-01-15', kind);
    expect(period.end).toBe(addDays(addMonths('2027-01-15', months), -1));
    expect(period.reauthorizationTaskDate).toBe(addDays(period.end, -30));
  });

  it('opens the reauthorization task 30 days before preAuthPeriod.end (unconfirmed lead time)', () => {
    expect(reauthorizationTaskDate('2027-07-14')).toBe('2027-06-14');
  });

  it('follows a payer’s own lengths and lead time (rule 23 ⚙)', () => {
    const settings = withClinicalSettings({
      authorization: { initialMonths: 3, reauthorizationLeadDays: 45 },
    });
    const period = defaultAuthorizationPeriod('2027-01-15', 'initial', settings);
    expect(period).toMatchObject({
      end: '2027-04-14',
      months: 3,
      reauthorizationTaskDate: '2027-02-28',
    });
    expect(defaultAuthorizationPeriod('2027-01-15', 'reauthorization', settings).months).toBe(12);
  });
});
