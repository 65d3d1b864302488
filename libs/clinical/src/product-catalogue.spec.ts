import { catchClinicalError } from './clinical-error.testing';
import { type ProductId, type Route } from './clinical-types';
import {
  findLabeledUse,
  findProductByBrandName,
  getProduct,
  isLabeledFor,
  listProducts,
  mgPerMl,
  productCatalogue,
  routeForTherapy,
} from './product-catalogue';
import { type Stabilizer } from './product-types';

// Section 1a of the reference: product, concentration, routes, key stabilizer, IgA, vial sizes.
const composition: [
  ProductId,
  number,
  Route[],
  Stabilizer | undefined,
  number | undefined,
  number[],
  string,
][] = [
  ['gammagard-liquid', 10, ['IV', 'SC'], 'glycine', 37, [1, 2.5, 5, 10, 20, 30], '[GGL3][EDW-GGL]'],
  ['gammagard-sd', 10, ['IV'], 'glucose', 1, [5, 10], '[NUF1][AAAAI]'],
  ['privigen', 10, ['IV'], 'l-proline', 25, [5, 10, 20, 40], '[PRV2][PRV3]'],
  ['octagam-5', 5, ['IV'], 'maltose', 200, [], '[OCT5]'],
  ['octagam-10', 10, ['IV'], 'maltose', 106, [2, 5, 10, 20, 30], '[OCT10]'],
  ['gamunex-c', 10, ['IV', 'SC'], 'glycine', 46, [1, 2.5, 5, 10, 20, 40], '[GMX1][GMX3]'],
  ['gammaked', 10, ['IV', 'SC'], 'glycine', 46, [1, 2.5, 5, 10, 20], '[PH1]'],
  ['flebogamma-5-dif', 5, ['IV'], 'sorbitol', 50, [0.5, 2.5, 5, 10, 20], '[FLB1]'],
  ['flebogamma-10-dif', 10, ['IV'], 'sorbitol', 100, [5, 10, 20], '[FLB2]'],
  ['bivigam', 10, ['IV'], 'glycine', 200, [5, 10], '[BIV2]'],
  ['panzyga', 10, ['IV'], 'glycine', 100, [1, 2.5, 5, 10, 20, 30], '[PAN3]'],
  ['asceniv', 10, ['IV'], 'polysorbate-80', 200, [5], '[ASC1][ASC2]'],
  ['gammaplex-5', 5, ['IV'], 'sorbitol', undefined, [5, 10], '[PH1][GPX1]'],
  ['gammaplex-10', 10, ['IV'], 'glycine', undefined, [5, 10], '[PH1][GPX1]'],
  ['hizentra', 20, ['SC'], 'l-proline', 50, [1, 2, 4, 10], '[HIZ3][HIZ4]'],
  ['cuvitru', 20, ['SC'], 'glycine', 80, [1, 2, 4, 8, 10], '[CUV2]'],
  ['xembify', 20, ['SC'], 'glycine', 160, [1, 2, 4, 10], '[XEM2]'],
  ['cutaquig', 16.5, ['SC'], 'maltose', undefined, [1, 1.65, 2, 3.3, 4, 8], '[CUT2]'],
  ['hyqvia', 10, ['SC'], 'human-albumin', 37, [2.5, 5, 10, 20, 30], '[MDS][HYQ4]'],
];

// Section 4b: HCPCS code and billing unit.
const coding: [ProductId, string, number, boolean, string][] = [
  ['privigen', 'J1459', 500, false, '[ANB][PRI]'],
  ['bivigam', 'J1556', 500, false, '[ANB]'],
  ['gammaplex-10', 'J1557', 500, false, '[ANB]'],
  ['gamunex-c', 'J1561', 500, false, '[ANB]'],
  ['gammaked', 'J1561', 500, false, '[ANB]'],
  ['gammagard-sd', 'J1566', 500, false, '[ANB][PRI]'],
  ['octagam-10', 'J1568', 500, false, '[ANB]'],
  ['gammagard-liquid', 'J1569', 500, false, '[ANB][NOR1]'],
  ['flebogamma-10-dif', 'J1572', 500, false, '[ANB]'],
  ['panzyga', 'J1576', 500, true, 'unconfirmed'],
  ['asceniv', 'J1554', 500, true, 'unconfirmed'],
  ['hizentra', 'J1559', 100, false, '[PRI]'],
  ['hyqvia', 'J1575', 100, false, '[PRI]'],
  ['cuvitru', 'J1555', 100, true, 'unconfirmed'],
  ['cutaquig', 'J1551', 100, true, 'unconfirmed'],
  ['xembify', 'J1558', 100, true, 'unconfirmed'],
];

describe('product catalogue', () => {
  it('holds every brand of section 1a once', () => {
    expect(productCatalogue.map((product) => product.id).sort()).toEqual(
      composition.map(([id]) => id).sort(),
    );
  });

  describe.each(composition)('%s', (id, concentration, routes, stabilizer, iga, vials, source) => {
    const product = getProduct(id);
    it(`is ${concentration}% by ${routes.join('/')} ${source}`, () => {
      expect(product.concentrationPercent).toBe(concentration);
      expect(product.routes).toEqual(routes);
      expect(mgPerMl(product)).toBe(concentration * 10);
    });
    it(`contains ${stabilizer ?? 'no listed stabilizer'} and IgA ${iga ?? 'unknown'} µg/mL ${source}`, () => {
      if (stabilizer) {
        expect(product.stabilizers).toContain(stabilizer);
      }
      expect(product.iga?.microgramsPerMl).toBe(iga);
    });
    it(`comes in ${vials.join(', ') || 'no known'} g vials ${source}`, () => {
      expect(product.vials.map((vial) => vial.grams)).toEqual(vials);
    });
  });

  it.each(coding)('%s bills %s per %i mg (unconfirmed: %s) %s', (id, code, unitMg, unconfirmed) => {
    const { hcpcs } = getProduct(id);
    expect(hcpcs).toMatchObject({ code, billingUnitMg: unitMg });
    expect(hcpcs.unconfirmed === true).toBe(unconfirmed);
  });

  it('has no current brand that contains sucrose [PRV3][GGL2][OCTISI]', () => {
    expect(productCatalogue.filter((product) => product.containsSucrose)).toEqual([]);
  });

  it('lists Gamunex-C, Gammaked and Gammagard Liquid as the IVIG brands that may be given SC [HID][NUF1]', () => {
    const ivAndSc = productCatalogue.filter(
      (product) => product.routes.includes('IV') && product.routes.includes('SC'),
    );
    expect(ivAndSc.map((product) => product.id).sort()).toEqual([
      'gammagard-liquid',
      'gammaked',
      'gamunex-c',
    ]);
  });

  it('lists Cuvitru, Hizentra, HyQvia, Xembify and Cutaquig as SC only [HID][NUF1]', () => {
    expect(
      listProducts({ therapy: 'SCIG' })
        .map((product) => product.id)
        .sort(),
    ).toEqual(['cutaquig', 'cuvitru', 'hizentra', 'hyqvia', 'xembify']);
    expect(listProducts({ route: 'IV' }).some((product) => product.therapy === 'SCIG')).toBe(false);
  });

  it.each([
    ['gammagard-liquid', 24, '[GGL4]'],
    ['octagam-10', 9, '[OCT10c]'],
    ['gamunex-c', 6, '[GMX2]'],
    ['panzyga', 12, '[PAN3]'],
  ] as const)(
    '%s may stay at ≤25 °C for %i months after refrigeration %s',
    (id, months, _source) => {
      expect(getProduct(id).storage).toMatchObject({
        refrigeratedMonths: 36,
        roomTemperatureMonths: months,
        maxCelsius: 25,
      });
    },
  );

  it('stores Hizentra at ≤25 °C without refrigeration [HIZ5]', () => {
    expect(getProduct('hizentra').storage).toMatchObject({
      doNotRefrigerate: true,
      maxCelsius: 25,
    });
  });

  it.each([
    ['gammagard-liquid', 'primary-immunodeficiency', 'IV', true, '[GGL1]'],
    ['gammagard-liquid', 'primary-immunodeficiency', 'SC', true, '[GGL1]'],
    ['gammagard-liquid', 'multifocal-motor-neuropathy', 'IV', true, '[GGL5]'],
    ['privigen', 'itp', 'IV', true, '[PRV1]'],
    ['privigen', 'cidp', 'IV', true, '[PRV1]'],
    ['octagam-10', 'itp', 'IV', true, '[OCT10b]'],
    ['octagam-10', 'dermatomyositis', 'IV', true, '[OCTDM]'],
    ['octagam-10', 'primary-immunodeficiency', 'IV', false, '[OCT10] not PI in US'],
    ['gamunex-c', 'cidp', 'IV', true, '[GMX1]'],
    ['gamunex-c', 'itp', 'SC', false, '[GMX2] not SC for ITP'],
    ['bivigam', 'itp', 'IV', false, '[BIV1] PI only'],
    ['panzyga', 'cidp', 'IV', true, '[PAN1]'],
    ['hizentra', 'cidp', 'SC', true, '[MMO]'],
    ['hyqvia', 'cidp', 'SC', true, '[MMO]'],
    ['cuvitru', 'cidp', 'SC', false, '[CUV1]'],
  ] as const)('%s labeled for %s by %s: %s %s', (id, indication, route, labeled, _source) => {
    expect(isLabeledFor(getProduct(id), indication, route)).toBe(labeled);
    expect(findLabeledUse(getProduct(id), indication, route) !== undefined).toBe(labeled);
  });

  it('filters labeled products by indication and route', () => {
    const dm = listProducts({ indication: 'dermatomyositis' });
    expect(dm.map((product) => product.id)).toEqual(['octagam-10']);
    expect(listProducts({ indication: 'cidp', route: 'SC' }).map((product) => product.id)).toEqual([
      'hizentra',
      'hyqvia',
    ]);
    expect(listProducts()).toHaveLength(productCatalogue.length);
  });

  it('rejects an unknown product with CLINICAL.UNKNOWN_PRODUCT', () => {
    expect(catchClinicalError(() => getProduct('carimune-nf')).code).toBe(
      'CLINICAL.UNKNOWN_PRODUCT',
    );
  });

  it.each([
    ['Privigen', 'privigen'],
    ['octagam 10%', 'octagam-10'],
    ['  HyQvia ', 'hyqvia'],
  ])('finds %p by brand name', (name, id) => {
    expect(findProductByBrandName(name)?.id).toBe(id);
  });

  it('finds no product for an unknown brand name', () => {
    expect(findProductByBrandName('Carimune NF')).toBeUndefined();
  });

  it('maps IVIG to IV and SCIG to SC', () => {
    expect(routeForTherapy('IVIG')).toBe('IV');
    expect(routeForTherapy('SCIG')).toBe('SC');
  });

  describe.each(productCatalogue.map((product) => [product.id, product] as const))(
    '%s data integrity',
    (_id, product) => {
      it('has ranges with min ≤ max and rates with initial ≤ maximum', () => {
        for (const use of product.labeledUses) {
          expect(product.routes).toContain(use.route);
          for (const regimen of use.regimens) {
            expect(regimen.cycleDoseMgPerKg.min).toBeLessThanOrEqual(regimen.cycleDoseMgPerKg.max);
          }
          if (use.ivRate?.maxMgPerKgMin !== undefined) {
            expect(use.ivRate.initialMgPerKgMin).toBeLessThan(use.ivRate.maxMgPerKgMin);
          }
        }
      });
      it('has SC parameters exactly when it may be given SC', () => {
        expect(product.scig !== undefined).toBe(product.routes.includes('SC'));
      });
      it('bills SC-only brands per 100 mg and the others per 500 mg [ANB][PRI]', () => {
        expect(product.hcpcs.billingUnitMg).toBe(product.therapy === 'SCIG' ? 100 : 500);
      });
    },
  );
});
