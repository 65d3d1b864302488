import { catchClinicalError } from './clinical-error.testing';
import { withClinicalSettings } from './clinical-settings';
import { type IndicationId, type ProductId } from './clinical-types';
import { type InfusionHistory } from './infusion-start';
import { type BloodType, type RiskCondition } from './patient-profile';
import { productCatalogue } from './product-catalogue';
import { type SafetyScreeningRequest, screenSafety } from './safety-screening';

const established: InfusionHistory = {
  infusionDate: '2026-12-07',
  lastInfusionDate: '2026-11-09',
  lastProductId: 'privigen',
};

const screen = (
  productId: ProductId,
  conditions: RiskCondition[] = [],
  overrides: Partial<SafetyScreeningRequest> & {
    bloodType?: BloodType;
    ageYears?: number;
    indication?: IndicationId;
  } = {},
) =>
  screenSafety({
    patient: {
      ageYears: overrides.ageYears ?? 40,
      conditions,
      bloodType: overrides.bloodType ?? 'O+',
    },
    productId,
    indication: overrides.indication ?? 'primary-immunodeficiency',
    courseDoseGramsPerKg: 0.4,
    history: { ...established, lastProductId: productId },
    ...overrides,
  });

const codes = (findings: readonly { code: string }[]): string[] =>
  findings.map((finding) => finding.code);
const taskCodes = (
  productId: ProductId,
  conditions: RiskCondition[] = [],
  overrides = {},
): string[] => screen(productId, conditions, overrides).monitoringTasks.map((task) => task.code);

describe('safety screening', () => {
  it('passes a PI patient with no risk on her current product, with a 20-min observation [PRV1]', () => {
    const result = screen('privigen');
    expect(result.eligible).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.rateCap).toBeUndefined();
    expect(taskCodes('privigen')).toEqual(['POST_INFUSION_OBSERVATION']);
    expect(result.observationMinutes).toBe(20);
  });

  describe('rule 14: hard stops for every product', () => {
    it.each(productCatalogue.map((product) => [product.id]))(
      '%s: IgA deficiency with antibodies and hypersensitivity [ASC2][OCTISI][TRC]',
      (productId) => {
        const result = screen(
          productId,
          ['iga_deficiency_with_antibodies', 'hypersensitivity_history'],
          { route: productCatalogue.find((p) => p.id === productId)?.routes[0] },
        );
        expect(result.eligible).toBe(false);
        expect(codes(result.hardStops)).toContain(
          'IGA_DEFICIENCY_WITH_ANTIBODIES_AND_HYPERSENSITIVITY',
        );
      },
    );

    it.each(productCatalogue.map((product) => [product.id]))(
      '%s: prior anaphylaxis to human IG [ASC2][OCT10c]',
      (productId) => {
        expect(codes(screen(productId, ['prior_anaphylaxis_to_ig']).hardStops)).toContain(
          'PRIOR_ANAPHYLAXIS_TO_IG',
        );
      },
    );

    it('warns, without stopping, for IgA deficiency with antibodies but no hypersensitivity, and keeps epinephrine at hand [TRC]', () => {
      const result = screen('privigen', ['iga_deficiency_with_antibodies']);
      expect(result.eligible).toBe(true);
      expect(codes(result.warnings)).toEqual(['IGA_DEFICIENCY_WITH_ANTIBODIES']);
      expect(taskCodes('privigen', ['iga_deficiency_with_antibodies'])).toContain(
        'EPINEPHRINE_AVAILABLE',
      );
      expect(
        screen('gammaplex-10', ['iga_deficiency_with_antibodies']).warnings[0]?.message,
      ).toMatch(/unknown/);
    });
  });

  describe('rule 15: excipients', () => {
    it.each([
      ['hizentra', 'hard-stop', '[HIZ2]'],
      ['privigen', 'hard-stop', '[PRV2] unconfirmed (catalogue setting)'],
    ] as const)(
      'hyperprolinemia with %s, an L-proline product, is a %s %s',
      (productId, _severity, _source) => {
        expect(codes(screen(productId, ['hyperprolinemia']).hardStops)).toEqual([
          'HYPERPROLINEMIA_WITH_PROLINE_PRODUCT',
        ]);
      },
    );

    it('lets a pharmacy downgrade the unconfirmed Privigen contraindication to a warning [PRV2]', () => {
      const settings = withClinicalSettings({
        products: productCatalogue.map((product) =>
          product.id === 'privigen' ? { ...product, hyperprolinemia: 'warning' as const } : product,
        ),
      });
      const result = screenSafety(
        {
          patient: { ageYears: 40, conditions: ['hyperprolinemia'], bloodType: 'O+' },
          productId: 'privigen',
          indication: 'primary-immunodeficiency',
          courseDoseGramsPerKg: 0.4,
          history: established,
        },
        settings,
      );
      expect(result.eligible).toBe(true);
      expect(codes(result.warnings)).toEqual(['HYPERPROLINEMIA_WITH_PROLINE_PRODUCT']);
    });

    it('lets a glycine product through for hyperprolinemia (Gamunex-C) [HIZ2][GMX1]', () => {
      expect(screen('gamunex-c', ['hyperprolinemia']).eligible).toBe(true);
    });

    it.each([
      ['flebogamma-10-dif', true, '[FLB1]'],
      ['flebogamma-5-dif', true, '[FLB1]'],
      ['gammaplex-5', true, '[FLB1] sorbitol in Gammaplex 5% unconfirmed'],
      ['privigen', false, '[PRV2] no sorbitol'],
    ] as const)(
      'hereditary fructose intolerance with %s warns: %s %s',
      (productId, warns, _source) => {
        const result = screen(productId, ['hereditary_fructose_intolerance']);
        expect(result.eligible).toBe(true);
        expect(codes(result.warnings).includes('HEREDITARY_FRUCTOSE_INTOLERANCE_SORBITOL')).toBe(
          warns,
        );
      },
    );
  });

  describe('rule 16: maltose', () => {
    it.each([
      ['octagam-5', true],
      ['octagam-10', true],
      ['cutaquig', true],
      ['privigen', false],
      ['hizentra', false],
    ] as const)(
      '%s with a glucose meter requires a glucose-specific method for 15 h after: %s [OCT5][OCT-MIMS][CUT2]',
      (productId, required) => {
        const result = screen(productId, ['uses_glucose_meter'], {
          indication: productId === 'octagam-10' ? 'itp' : 'primary-immunodeficiency',
        });
        const task = result.monitoringTasks.find(
          (candidate) => candidate.code === 'GLUCOSE_SPECIFIC_METHOD',
        );
        expect(task !== undefined).toBe(required);
        if (task) {
          expect(task.windowHoursAfterEnd).toEqual({ min: 0, max: 15 });
          expect(codes(result.warnings)).toContain('MALTOSE_GLUCOSE_METER');
        }
      },
    );

    it('needs no glucose-specific method when the patient has no glucose meter [OCT5]', () => {
      expect(taskCodes('octagam-10', [], { indication: 'itp' })).not.toContain(
        'GLUCOSE_SPECIFIC_METHOD',
      );
    });

    it('cautions corn allergy with a maltose product [OCT-MIMS]', () => {
      expect(codes(screen('cutaquig', ['corn_allergy']).warnings)).toEqual([
        'CORN_ALLERGY_MALTOSE',
      ]);
      expect(screen('privigen', ['corn_allergy']).warnings).toEqual([]);
    });
  });

  describe('rule 12: renal and thrombotic risk', () => {
    it.each([
      ['renal_impairment', 'renal'],
      ['diabetes', 'renal'],
      ['sepsis', 'renal'],
      ['paraproteinemia', 'renal'],
      ['nephrotoxic_drugs', 'renal'],
      ['estrogen_therapy', 'thrombosis'],
      ['thrombosis_history', 'thrombosis'],
      ['immobility', 'thrombosis'],
      ['central_line', 'thrombosis'],
      ['hyperviscosity', 'thrombosis'],
      ['hypercoagulable_state', 'thrombosis'],
    ] as const)(
      '%s (%s risk) caps Octagam 10% and Panzyga at ≤3.3 and Bivigam at <2 mg/kg/min [OCT10c][PAN2][BIV2]',
      (condition, kind) => {
        const octagam = screen('octagam-10', [condition], { indication: 'itp' });
        expect(octagam.rateCap).toMatchObject({ mgPerKgMin: 3.3, inclusive: true });
        expect(screen('panzyga', [condition]).rateCap).toMatchObject({
          mgPerKgMin: 3.3,
          inclusive: true,
        });
        expect(screen('bivigam', [condition]).rateCap).toMatchObject({
          mgPerKgMin: 2,
          inclusive: false,
        });
        expect(codes(octagam.warnings)).toContain(
          kind === 'renal' ? 'RENAL_RISK' : 'THROMBOSIS_RISK',
        );
        expect(octagam.monitoringTasks.map((task) => task.code)).toContain(
          'HYDRATION_DOCUMENTATION',
        );
      },
    );

    it('counts age over 65 as renal and thrombotic risk [PRV3]', () => {
      const result = screen('panzyga', [], { ageYears: 66 });
      expect(result.renalRiskFactors).toEqual(['age_over_65']);
      expect(result.thrombosisRiskFactors).toEqual(['age_over_65']);
      expect(result.rateCap?.mgPerKgMin).toBe(3.3);
      expect(screen('panzyga', [], { ageYears: 65 }).rateCap).toBeUndefined();
    });

    it('warns without a numeric cap for a product whose label gives none (Privigen) [PRV3]', () => {
      const result = screen('privigen', ['diabetes']);
      expect(result.rateCap).toBeUndefined();
      expect(codes(result.warnings)).toEqual(['RENAL_RISK']);
      expect(result.monitoringTasks.map((task) => task.code)).toEqual([
        'HYDRATION_DOCUMENTATION',
        'RENAL_FUNCTION_BEFORE',
        'POST_INFUSION_OBSERVATION',
      ]);
    });

    it('asks for blood viscosity with paraproteinemia or hyperviscosity [GGL2]', () => {
      expect(taskCodes('privigen', ['paraproteinemia'])).toContain('BLOOD_VISCOSITY');
      expect(taskCodes('privigen', ['hyperviscosity'])).toContain('BLOOD_VISCOSITY');
    });

    it('flags a sucrose product for a renal-risk patient [PRV3]', () => {
      const settings = withClinicalSettings({
        products: productCatalogue.map((product) =>
          product.id === 'privigen' ? { ...product, containsSucrose: true } : product,
        ),
      });
      const result = screenSafety(
        {
          patient: { ageYears: 40, conditions: ['diabetes'], bloodType: 'O+' },
          productId: 'privigen',
          indication: 'primary-immunodeficiency',
          courseDoseGramsPerKg: 0.4,
          history: established,
        },
        settings,
      );
      expect(codes(result.warnings)).toContain('SUCROSE_WITH_RENAL_RISK');
    });
  });

  describe('rule 17: hemolysis labs before and 36–96 h after', () => {
    it.each([
      ['A+', 0.4, true],
      ['B-', 0.4, true],
      ['AB+', 0.4, true],
      ['O+', 2, true],
      ['O-', 1.9, false],
      ['O+', 0.4, false],
    ] as const)(
      'blood type %s with a %d g/kg course → hemolysis labs: %s [PRV4][PRV-CH]',
      (bloodType, courseDoseGramsPerKg, labs) => {
        const result = screen('privigen', [], {
          bloodType,
          courseDoseGramsPerKg,
          indication: 'itp',
        });
        const after = result.monitoringTasks.find(
          (task) => task.code === 'HEMOLYSIS_HGB_HCT_AFTER',
        );
        expect(after !== undefined).toBe(labs);
        expect(
          result.monitoringTasks.some((task) => task.code === 'HEMOLYSIS_HGB_HCT_BEFORE'),
        ).toBe(labs);
        if (after) {
          expect(after.windowHoursAfterEnd).toEqual({ min: 36, max: 96 });
        }
      },
    );

    it('orders hemolysis labs for an unknown blood type unless the setting says otherwise [PRV4]', () => {
      const unknown: SafetyScreeningRequest = {
        patient: { ageYears: 40, conditions: [] },
        productId: 'privigen',
        indication: 'primary-immunodeficiency',
        courseDoseGramsPerKg: 0.4,
        history: established,
      };
      expect(codes(screenSafety(unknown).warnings)).toEqual(['HEMOLYSIS_RISK']);
      expect(
        screenSafety(unknown, withClinicalSettings({ unknownBloodTypeCountsAsNonO: false }))
          .warnings,
      ).toEqual([]);
    });

    it('warns of aseptic meningitis at 2 g/kg [PRVISI][GMX1]', () => {
      expect(
        codes(screen('privigen', [], { courseDoseGramsPerKg: 2, indication: 'itp' }).warnings),
      ).toContain('ASEPTIC_MENINGITIS_HIGH_DOSE');
    });
  });

  describe('rule 18: observation after the infusion', () => {
    it.each([
      ['IG-naive', { infusionDate: '2026-12-07' }, 60],
      ['brand switch', { ...established, lastProductId: 'gamunex-c' }, 60],
      ['gap over 8 weeks', { ...established, lastInfusionDate: '2026-10-01' }, 60],
      ['established', established, 20],
    ])('%s → observe %i min [HIZ2][PRV5][PRV1][GGL1]', (_label, history, minutes) => {
      const result = screen('privigen', [], { history });
      expect(result.observationMinutes).toBe(minutes);
      expect(
        result.monitoringTasks.find((task) => task.code === 'POST_INFUSION_OBSERVATION')
          ?.durationMinutes,
      ).toBe(minutes);
      expect(codes(result.warnings).includes('HIGH_REACTION_RISK')).toBe(minutes === 60);
    });

    it('asks for BUN and creatinine before the first IVIG [GMX5]', () => {
      expect(taskCodes('privigen', [], { history: { infusionDate: '2026-12-07' } })).toContain(
        'RENAL_FUNCTION_BEFORE',
      );
    });
  });

  describe('route errors and labels', () => {
    it('stops SCIG given intravascularly [HIZ2]', () => {
      expect(codes(screen('hizentra', [], { route: 'IV' }).hardStops)).toEqual([
        'ROUTE_NOT_AVAILABLE',
      ]);
    });

    it('stops an IV-only product given SC [HID]', () => {
      expect(codes(screen('privigen', [], { route: 'SC' }).hardStops)).toEqual([
        'ROUTE_NOT_AVAILABLE',
      ]);
    });

    it('stops Gamunex-C SC for ITP [GMX2]', () => {
      const result = screen('gamunex-c', [], { route: 'SC', indication: 'itp' });
      expect(codes(result.hardStops)).toEqual(['SC_ROUTE_FORBIDDEN_FOR_INDICATION']);
      expect(codes(result.warnings)).toContain('OFF_LABEL');
    });

    it('warns below the labeled age (Asceniv from 12 [ASC1])', () => {
      expect(codes(screen('asceniv', [], { ageYears: 10 }).warnings)).toEqual([
        'BELOW_LABELED_AGE',
      ]);
    });

    it.each([
      [
        'flebogamma-5-dif',
        2,
        [
          'HEMOLYSIS_RISK',
          'ASEPTIC_MENINGITIS_HIGH_DOSE',
          'VOLUME_OVERLOAD_HIGH_DOSE',
          'VOLUME_OVERLOAD_LOW_CONCENTRATION',
        ],
      ],
      ['privigen', 0.4, []],
    ] as const)(
      'heart failure with %s at %d g/kg → %j [GMX4][PRVISI]',
      (productId, courseDoseGramsPerKg, expected) => {
        const result = screen(productId, ['heart_failure'], {
          courseDoseGramsPerKg,
          indication: 'itp',
        });
        for (const code of expected) {
          expect(codes(result.warnings)).toContain(code);
        }
        expect(codes(result.warnings).filter((code) => code.startsWith('VOLUME'))).toEqual(
          expected.filter((code) => code.startsWith('VOLUME')),
        );
      },
    );
  });

  it('rejects a course dose of zero', () => {
    expect(catchClinicalError(() => screen('privigen', [], { courseDoseGramsPerKg: 0 })).code).toBe(
      'CLINICAL.INVALID_DOSE',
    );
  });
});
