import { type ImmuneGlobulinProduct, isLabeledFor, listProducts } from '@infuse/clinical';
import { type PasRequestFacts } from '../facts/request-facts';
import { type Determination, type PayerRule } from './payer-rule';
import { indicationOf } from './safe-icd10';

type LabelledIndicationRule = Extract<PayerRule, { kind: 'labelled-indication' }>;

/**
 * Certifies a request whose principal diagnosis is a labelled indication of the product asked
 * for, and denies any other: a diagnosis no product is labelled for, or one this product is not.
 * The product is the one the MedicationRequest names, else those of the items' HCPCS codes, else
 * any immune globulin.
 */
export function labelledIndication(
  facts: PasRequestFacts,
  rule: LabelledIndicationRule,
): Determination {
  const [principal] = facts.diagnoses;
  if (!principal)
    return { outcome: 'pend', reasons: ['no ICD-10-CM diagnosis to check against the label'] };
  const match = indicationOf(principal.code);
  const products = productsAskedFor(facts);
  const names = products.map((product) => product.brandName).join(', ');
  if (match && products.some((product) => isLabeledFor(product, match.indication.id)))
    return {
      outcome: 'certify',
      reasons: [
        `${principal.code} (${match.indication.name}) is a labelled indication of ${names}`,
      ],
    };
  return {
    outcome: 'deny',
    reasonCode: rule.offLabelReason,
    reasons: [
      match
        ? `${principal.code} (${match.indication.name}) is not a labelled indication of ${names}`
        : `${principal.code} is not a labelled indication of any immune globulin`,
    ],
  };
}

function productsAskedFor(facts: PasRequestFacts): ImmuneGlobulinProduct[] {
  const catalogue = listProducts();
  const named = facts.medications.flatMap((medication) => {
    const product = medication.text ? productNamedIn(medication.text, catalogue) : undefined;
    return product ? [product] : [];
  });
  if (named.length > 0) return named;
  const codes = new Set(facts.items.flatMap((item) => item.productOrService.code ?? []));
  const billed = catalogue.filter((product) => codes.has(product.hcpcs.code));
  return billed.length > 0 ? billed : catalogue;
}

// The longest brand name the text contains, so "Gammagard Liquid" wins over "Gammagard".
function productNamedIn(
  text: string,
  catalogue: readonly ImmuneGlobulinProduct[],
): ImmuneGlobulinProduct | undefined {
  const key = (value: string) => value.toLowerCase().replace(/\s+/g, '');
  const haystack = key(text);
  return catalogue
    .filter((product) => haystack.includes(key(product.brandName)))
    .sort((a, b) => key(b.brandName).length - key(a.brandName).length)[0];
}
