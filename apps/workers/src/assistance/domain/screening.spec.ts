import { type PlanType } from '@infuse/contracts';
import { type PovertyGuidelines, povertyLevelFor } from './poverty-guidelines';
import { type Programme } from './programme';
import { screen, type ScreeningFacts } from './screening';

const guidelines: PovertyGuidelines = {
  year: 2025,
  source: 'HHS poverty guidelines',
  unconfirmed: true,
  regions: {
    contiguous: { firstPerson: 15650, eachAdditionalPerson: 5500 },
    alaska: { firstPerson: 19550, eachAdditionalPerson: 6880 },
    hawaii: { firstPerson: 17990, eachAdditionalPerson: 6330 },
  },
};

const cslCopay: Programme = {
  id: 'csl-copay',
  name: 'CSL copay',
  kind: 'manufacturer_copay',
  manufacturer: 'CSL Behring',
  sources: ['CSL1'],
};
const takedaCopay: Programme = { ...cslCopay, id: 'takeda-copay', manufacturer: 'Takeda' };
const piFund: Programme = {
  id: 'pi-fund',
  name: 'PI fund',
  kind: 'foundation',
  open: true,
  incomeLimitPercentOfPovertyLevel: 400,
  diagnosisCodePrefixes: ['D80', 'D83'],
  sources: ['PAN-F1'],
};
const closedFund: Programme = { ...piFund, id: 'closed-fund', open: false };
const freeDrug: Programme = {
  id: 'csl-free-drug',
  name: 'CSL free drug',
  kind: 'free_drug',
  manufacturer: 'CSL Behring',
  incomeLimitPercentOfPovertyLevel: 300,
  sources: ['RARE'],
};
const programmes = [cslCopay, takedaCopay, piFund, closedFund, freeDrug];

const privigen = (planType: PlanType, extra: Partial<ScreeningFacts> = {}): ScreeningFacts => ({
  planType,
  productId: 'privigen',
  manufacturer: 'CSL Behring',
  diagnosisCode: 'D83.9',
  ...extra,
});

const verdictOf = (facts: ScreeningFacts, id: string) =>
  screen(facts, programmes, guidelines).programmes.find((result) => result.programmeId === id);

describe('screening for copay assistance', () => {
  it.each<PlanType>(['medicare', 'medicare_advantage', 'medicaid', 'tricare', 'va'])(
    'never finds a %s patient eligible for a manufacturer copay programme, whatever the income',
    (planType) => {
      const facts = privigen(planType, { household: { size: 4, annualIncome: 20_000 } });
      const result = verdictOf(facts, 'csl-copay');
      expect(result?.verdict).toBe('not_eligible');
      expect(result?.reasons.map((reason) => reason.code)).toEqual(['FEDERAL_PROGRAM_BAR']);
      expect(result?.reasons[0]?.sources).toEqual(expect.arrayContaining(['OIG1', 'CSL1']));
    },
  );

  it("chooses the maker's copay card for a commercial plan, without asking for income", () => {
    const screening = screen(privigen('commercial'), programmes, guidelines);
    expect(screening.outcome).toBe('eligible');
    expect(screening.chosen).toEqual({ programmeId: 'csl-copay', kind: 'manufacturer_copay' });
    expect(screening.programmes.find((p) => p.programmeId === 'takeda-copay')).toMatchObject({
      verdict: 'not_eligible',
      reasons: [{ code: 'OTHER_MANUFACTURER' }],
    });
  });

  it('asks a Medicare patient for financials before a foundation can take her', () => {
    const screening = screen(privigen('medicare'), programmes, guidelines);
    expect(screening.outcome).toBe('needs_financials');
    expect(screening.chosen).toBeUndefined();
    expect(verdictOf(privigen('medicare'), 'pi-fund')?.reasons.map((r) => r.code)).toEqual([
      'INSURED',
      'INCOME_NEEDED',
    ]);
  });

  it.each([
    // 400 % of a household of 2 in the 48 states: 4 × 21,150 = 84,600.
    [84_600, 'eligible', 'WITHIN_INCOME_LIMIT'],
    [84_700, 'not_eligible', 'OVER_INCOME_LIMIT'],
  ])(
    'a foundation at 400 %% FPL takes a household of 2 earning %d: %s',
    (income, verdict, code) => {
      const facts = privigen('medicare', { household: { size: 2, annualIncome: income } });
      const result = verdictOf(facts, 'pi-fund');
      expect(result?.verdict).toBe(verdict);
      expect(result?.reasons.at(-1)?.code).toBe(code);
    },
  );

  it('refuses a closed fund and a fund for another disease without asking for income', () => {
    expect(verdictOf(privigen('medicare'), 'closed-fund')).toMatchObject({
      verdict: 'not_eligible',
      reasons: [{ code: 'FUND_CLOSED' }],
    });
    expect(verdictOf(privigen('medicare', { diagnosisCode: 'G61.81' }), 'pi-fund')).toMatchObject({
      verdict: 'not_eligible',
      reasons: [{ code: 'DIAGNOSIS_NOT_COVERED' }],
    });
  });

  it("offers an uninsured patient the maker's free drug under its income limit, and nothing else", () => {
    const facts = privigen('uninsured', { household: { size: 1, annualIncome: 40_000 } });
    const screening = screen(facts, programmes, guidelines);
    expect(screening.chosen).toEqual({ programmeId: 'csl-free-drug', kind: 'free_drug' });
    expect(verdictOf(facts, 'csl-copay')?.reasons.map((r) => r.code)).toEqual(['NOT_INSURED']);
    expect(verdictOf(facts, 'pi-fund')?.reasons.map((r) => r.code)).toEqual(['NOT_INSURED']);
    const over = privigen('uninsured', { household: { size: 1, annualIncome: 47_000 } });
    expect(screen(over, programmes, guidelines).outcome).toBe('not_eligible');
  });

  it("re-screens a changed brand against the new maker's programme", () => {
    const privigenToGammagard = privigen('commercial', {
      productId: 'gammagard-liquid',
      manufacturer: 'Takeda',
    });
    expect(screen(privigenToGammagard, programmes, guidelines).chosen?.programmeId).toBe(
      'takeda-copay',
    );
  });

  it('takes Alaska and Hawaii households against their own guidelines', () => {
    expect(povertyLevelFor(guidelines, 3, 'AK')).toBe(19_550 + 2 * 6_880);
    expect(povertyLevelFor(guidelines, 3, 'HI')).toBe(17_990 + 2 * 6_330);
    expect(povertyLevelFor(guidelines, 3, 'MD')).toBe(15_650 + 2 * 5_500);
  });
});
