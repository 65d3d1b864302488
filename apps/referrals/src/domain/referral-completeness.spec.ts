import { missingItems, type ReferralContents } from './referral-completeness';

const rules = { renalLabMaxAgeDays: 30 };

const complete: ReferralContents = {
  diagnosis: { isPrimaryImmunodeficiency: true, isCidpOrMmn: false },
  planType: 'commercial',
  newStart: true,
  submittedOn: '2026-11-26',
  documentTypes: ['prescription', 'clinical_notes', 'lab_report', 'insurance_card'],
  labs: [
    { code: 'IgG', collectedOn: '2026-11-12' },
    { code: 'IgA', collectedOn: '2026-11-12' },
    { code: 'BUN', collectedOn: '2026-11-12' },
    { code: 'creatinine', collectedOn: '2026-11-12' },
  ],
};

describe('missingItems', () => {
  it('finds nothing missing in a complete primary immunodeficiency referral', () => {
    expect(missingItems(complete, rules)).toEqual([]);
  });

  it.each<[string, Partial<ReferralContents>, string[]]>([
    [
      'every required document',
      { documentTypes: [] },
      [
        'document:prescription',
        'document:clinical_notes',
        'document:lab_report',
        'document:insurance_card',
      ],
    ],
    [
      'no insurance card for an uninsured patient',
      { planType: 'uninsured', documentTypes: ['prescription', 'clinical_notes', 'lab_report'] },
      [],
    ],
    [
      'a nerve study for CIDP or MMN [MMO]',
      { diagnosis: { isPrimaryImmunodeficiency: false, isCidpOrMmn: true } },
      ['document:nerve_study'],
    ],
    [
      'BUN and creatinine for every referral [GMX5]',
      {
        labs: [
          { code: 'IgG', collectedOn: '2026-11-12' },
          { code: 'IgA', collectedOn: '2026-11-12' },
        ],
      },
      ['lab:BUN', 'lab:creatinine'],
    ],
    [
      'IgG only for primary immunodeficiency codes [MMO]',
      {
        diagnosis: { isPrimaryImmunodeficiency: false, isCidpOrMmn: false },
        labs: complete.labs.filter((lab) => lab.code !== 'IgG'),
      },
      [],
    ],
    [
      'IgG for a primary immunodeficiency code',
      { labs: complete.labs.filter((lab) => lab.code !== 'IgG') },
      ['lab:IgG'],
    ],
    [
      'IgA for every new start [GBS]',
      { labs: complete.labs.filter((lab) => lab.code !== 'IgA') },
      ['lab:IgA'],
    ],
    [
      'no IgA for a transfer of ongoing therapy',
      { newStart: false, labs: complete.labs.filter((lab) => lab.code !== 'IgA') },
      [],
    ],
  ])('requires %s', (_rule, change, expected) => {
    expect(missingItems({ ...complete, ...change }, rules)).toEqual(expected);
  });

  it.each([
    ['2026-10-27', []], // 30 days before submission: still fresh [PH2]
    ['2026-10-26', ['lab:BUN:stale', 'lab:creatinine:stale']], // 31 days
  ])('renal labs collected on %s are judged against 30 days [PH2]', (collectedOn, expected) => {
    const labs = complete.labs.map((lab) =>
      lab.code === 'BUN' || lab.code === 'creatinine' ? { ...lab, collectedOn } : lab,
    );
    expect(missingItems({ ...complete, labs }, rules)).toEqual(expected);
  });

  it('judges the latest of several renal labs', () => {
    const labs = [
      ...complete.labs.map((lab) =>
        lab.code === 'BUN' ? { ...lab, collectedOn: '2026-01-01' } : lab,
      ),
      { code: 'BUN' as const, collectedOn: '2026-11-20' },
    ];
    expect(missingItems({ ...complete, labs }, rules)).toEqual([]);
  });
});
