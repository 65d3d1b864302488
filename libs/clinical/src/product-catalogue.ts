import { type Therapy } from '@infuse/contracts';
import { ClinicalError } from './clinical-error';
import { type ClinicalSettings, defaultClinicalSettings } from './clinical-settings';
import { type IndicationId, type Route } from './clinical-types';
import { type ImmuneGlobulinProduct, type LabeledUse } from './product-types';

/** Filters for `listProducts`; every given field must match. */
export interface ProductFilter {
  readonly route?: Route;
  readonly therapy?: Therapy;
  /** Only products labeled for this indication (by `route` when given). */
  readonly indication?: IndicationId;
}

/** The product with this id; throws `CLINICAL.UNKNOWN_PRODUCT` otherwise. */
export function getProduct(
  productId: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): ImmuneGlobulinProduct {
  const product = settings.products.find((candidate) => candidate.id === productId);
  if (!product) {
    throw new ClinicalError(
      'CLINICAL.UNKNOWN_PRODUCT',
      `unknown immune globulin product '${productId}'`,
      {
        productId,
      },
    );
  }
  return product;
}

/** The product whose brand name matches, ignoring case and spacing ('privigen', 'Octagam 10%'). */
export function findProductByBrandName(
  brandName: string,
  settings: ClinicalSettings = defaultClinicalSettings,
): ImmuneGlobulinProduct | undefined {
  const key = (value: string): string => value.toLowerCase().replace(/\s+/g, '');
  return settings.products.find((product) => key(product.brandName) === key(brandName));
}

/** The labeled use of a product for an indication and route, if any. */
export function findLabeledUse(
  product: ImmuneGlobulinProduct,
  indication: IndicationId,
  route: Route,
): LabeledUse | undefined {
  return product.labeledUses.find((use) => use.indication === indication && use.route === route);
}

/** Whether the product is labeled for the indication (by this route, or by any route). */
export function isLabeledFor(
  product: ImmuneGlobulinProduct,
  indication: IndicationId,
  route?: Route,
): boolean {
  return product.labeledUses.some(
    (use) => use.indication === indication && (route === undefined || use.route === route),
  );
}

/** Products matching every field of the filter, in catalogue order. */
export function listProducts(
  filter: ProductFilter = {},
  settings: ClinicalSettings = defaultClinicalSettings,
): ImmuneGlobulinProduct[] {
  return settings.products.filter(
    (product) =>
      (filter.route === undefined || product.routes.includes(filter.route)) &&
      (filter.therapy === undefined || product.therapy === filter.therapy) &&
      (filter.indication === undefined || isLabeledFor(product, filter.indication, filter.route)),
  );
}

/** IgG concentration in mg/mL (10% = 100 mg/mL). */
export function mgPerMl(product: ImmuneGlobulinProduct): number {
  return product.concentrationPercent * 10;
}

/** The route an order for this therapy uses: IVIG is IV, SCIG is SC. */
export function routeForTherapy(therapy: Therapy): Route {
  return therapy === 'IVIG' ? 'IV' : 'SC';
}

export { productCatalogue } from './product-catalogue-data';
