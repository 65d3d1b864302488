import { findProductByBrandName, getProduct } from '@infuse/clinical';
import { type CaseProduct } from '../domain/assistance-case';

/** The product of a brand name, with its maker, from the clinical catalogue; undefined if unknown. */
export function productOfBrand(brandName: string | undefined): CaseProduct | undefined {
  const product = brandName ? findProductByBrandName(brandName) : undefined;
  return product && { productId: product.id, manufacturer: product.manufacturer };
}

/** The product of a catalogue id, with its maker; undefined for an id the catalogue lacks. */
export function productOfId(productId: string): CaseProduct | undefined {
  try {
    const product = getProduct(productId);
    return { productId: product.id, manufacturer: product.manufacturer };
  } catch {
    return undefined;
  }
}
