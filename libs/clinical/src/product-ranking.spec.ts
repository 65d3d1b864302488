import { type InfusionHistory } from './infusion-start';
import { getProduct } from './product-catalogue';
import { type PatientProfile, type RiskCondition } from './patient-profile';
import { type ProductRankingRequest, rankProducts } from './product-ranking';

const naive: InfusionHistory = { infusionDate: '2026-12-07' };
const patient = (conditions: RiskCondition[] = [], ageYears = 47): PatientProfile => ({
  ageYears,
  conditions,
  bloodType: 'O+',
});
const piIvig = (overrides: Partial<ProductRankingRequest> = {}): ProductRankingRequest => ({
  patient: patient(),
  indication: 'primary-immunodeficiency',
  therapy: 'IVIG',
  courseDoseGramsPerKg: 0.5,
  history: naive,
  ...overrides,
});

const reasonsOf = (ranking: ReturnType<typeof rankProducts>, productId: string): string[] =>
  ranking.excluded
    .find((product) => product.productId === productId)
    ?.reasons.map((reason) => reason.code) ?? [];

describe('product ranking', () => {
  it('ranks the PI-labeled IV brands with vial sizes for the referral patient (D83.9, IVIG) [GGL1][PRV1][PAN1][BIV1][ASC1][GPX2]', () => {
    const ranking = rankProducts(piIvig());
    expect(ranking.eligible.map((product) => product.productId).sort()).toEqual([
      'asceniv',
      'bivigam',
      'flebogamma-10-dif',
      'gammagard-liquid',
      'gammaked',
      'gammaplex-10',
      'gamunex-c',
      'panzyga',
      'privigen',
    ]);
    expect(ranking.eligible.map((product) => product.rank)).toEqual(
      ranking.eligible.map((_, index) => index + 1),
    );
    expect(ranking.eligible.length + ranking.excluded.length).toBe(19);
  });

  it.each([
    ['hizentra', 'ROUTE_NOT_AVAILABLE', '[HID] SC only'],
    ['hyqvia', 'ROUTE_NOT_AVAILABLE', '[HID] SC only'],
    ['octagam-10', 'NOT_LABELED_FOR_INDICATION', '[OCT10] not PI in the US'],
    ['gammagard-sd', 'NOT_LABELED_FOR_INDICATION', 'no indication in the reference'],
    ['flebogamma-5-dif', 'NOT_LABELED_FOR_INDICATION', 'no indication in the reference'],
    ['octagam-5', 'NO_VIAL_SIZES', '[OCT5] vial sizes unconfirmed'],
  ])('excludes %s for PI IVIG with %s (%s)', (productId, code) => {
    expect(reasonsOf(rankProducts(piIvig()), productId)).toEqual([code]);
  });

  it('ranks the unconfirmed Flebogamma 10% PI label last among equals [FLB3]', () => {
    expect(rankProducts(piIvig()).eligible.at(-1)?.productId).toBe('flebogamma-10-dif');
  });

  it('puts the prescriber’s preference first among equally safe products', () => {
    expect(rankProducts(piIvig({ preferredProductId: 'privigen' })).eligible[0]?.productId).toBe(
      'privigen',
    );
  });

  it('ranks the brand the patient already tolerates first (no switch warning) [HIZ2]', () => {
    const history: InfusionHistory = {
      infusionDate: '2026-12-07',
      lastInfusionDate: '2026-11-09',
      lastProductId: 'gamunex-c',
    };
    const ranking = rankProducts(piIvig({ history }));
    expect(ranking.eligible[0]).toMatchObject({ productId: 'gamunex-c', warnings: [] });
    expect(ranking.eligible[1]?.warnings.map((warning) => warning.code)).toEqual([
      'HIGH_REACTION_RISK',
    ]);
  });

  it('excludes every product after anaphylaxis to IG, with the reason [ASC2][OCT10c]', () => {
    const ranking = rankProducts(piIvig({ patient: patient(['prior_anaphylaxis_to_ig']) }));
    expect(ranking.eligible).toEqual([]);
    expect(reasonsOf(ranking, 'privigen')).toEqual(['PRIOR_ANAPHYLAXIS_TO_IG']);
    expect(reasonsOf(ranking, 'octagam-10')).toEqual([
      'NOT_LABELED_FOR_INDICATION',
      'PRIOR_ANAPHYLAXIS_TO_IG',
    ]);
  });

  it('ranks the lowest-IgA product first for IgA deficiency with antibodies: Privigen ≤25 µg/mL [PRV2][TRC]', () => {
    const ranking = rankProducts(piIvig({ patient: patient(['iga_deficiency_with_antibodies']) }));
    expect(ranking.eligible.slice(0, 2).map((product) => product.productId)).toEqual([
      'privigen',
      'gammagard-liquid',
    ]);
    // Among products whose PI label is confirmed (Flebogamma 10% [FLB3] ranks after them), IgA rises.
    const iga = ranking.eligible
      .filter((product) => product.productId !== 'flebogamma-10-dif')
      .map(
        (product) => getProduct(product.productId).iga?.microgramsPerMl ?? Number.POSITIVE_INFINITY,
      );
    expect(iga).toEqual([...iga].sort((a, b) => a - b));
  });

  it('ranks capped products after uncapped ones for a diabetic patient (rule 12) [PAN2][BIV2]', () => {
    const ranking = rankProducts(piIvig({ patient: patient(['diabetes']) }));
    const capped = ranking.eligible
      .filter((product) => product.rateCap !== undefined)
      .map((product) => product.productId);
    expect(capped.sort()).toEqual(['bivigam', 'panzyga']);
    const firstCapped = ranking.eligible.findIndex((product) => product.rateCap !== undefined);
    expect(
      ranking.eligible
        .slice(firstCapped)
        .every(
          (product) => product.rateCap !== undefined || product.productId === 'flebogamma-10-dif',
        ),
    ).toBe(true);
  });

  it('ranks 5% products last for heart failure: use 10% products [GMX4][PRVISI]', () => {
    const ranking = rankProducts(
      piIvig({ patient: patient(['heart_failure']), allowOffLabel: true }),
    );
    expect(
      ranking.eligible
        .slice(-2)
        .map((product) => product.productId)
        .sort(),
    ).toEqual(['flebogamma-5-dif', 'gammaplex-5']);
    expect(ranking.eligible.at(-1)?.warnings.map((warning) => warning.code)).toContain(
      'VOLUME_OVERLOAD_LOW_CONCENTRATION',
    );
  });

  it('includes off-label products after the labeled ones when allowed, with the warning [OCT10]', () => {
    const ranking = rankProducts(piIvig({ allowOffLabel: true }));
    const firstOffLabel = ranking.eligible.findIndex((product) => !product.labeled);
    expect(ranking.eligible.slice(firstOffLabel).every((product) => !product.labeled)).toBe(true);
    expect(
      ranking.eligible
        .find((product) => product.productId === 'octagam-10')
        ?.warnings.map((warning) => warning.code),
    ).toContain('OFF_LABEL');
  });

  it('ranks SCIG for PI and excludes Hizentra for hyperprolinemia with the reason [HIZ2]', () => {
    const ranking = rankProducts({
      ...piIvig({ patient: patient(['hyperprolinemia']) }),
      therapy: 'SCIG',
    });
    expect(reasonsOf(ranking, 'hizentra')).toEqual(['HYPERPROLINEMIA_WITH_PROLINE_PRODUCT']);
    expect(reasonsOf(ranking, 'privigen')).toEqual(['ROUTE_NOT_AVAILABLE']);
    expect(ranking.eligible.map((product) => product.productId).sort()).toEqual([
      'cutaquig',
      'cuvitru',
      'gammagard-liquid',
      'gammaked',
      'gamunex-c',
      'hyqvia',
      'xembify',
    ]);
  });

  it('excludes Gamunex-C SC for ITP as a route error, not only as off-label [GMX2]', () => {
    const ranking = rankProducts({
      ...piIvig(),
      indication: 'itp',
      therapy: 'SCIG',
      courseDoseGramsPerKg: 2,
      allowOffLabel: true,
    });
    expect(reasonsOf(ranking, 'gamunex-c')).toEqual(['SC_ROUTE_FORBIDDEN_FOR_INDICATION']);
  });

  it('ranks Octagam 10% as the only DM product [OCTDM]', () => {
    const ranking = rankProducts({
      ...piIvig(),
      indication: 'dermatomyositis',
      courseDoseGramsPerKg: 2,
    });
    expect(ranking.eligible.map((product) => product.productId)).toEqual(['octagam-10']);
  });
});
