import { type PasRequestFacts } from '../facts/request-facts';
import { labelledIndication } from './labelled-indication-rule';
import { type Determination, type PayerRule } from './payer-rule';
import { primaryImmunodeficiencyCriteria } from './primary-immunodeficiency-rule';

/** What the payer's rule decides about a request received `today` (YYYY-MM-DD, payer's zone). */
export function determine(facts: PasRequestFacts, rule: PayerRule, today: string): Determination {
  switch (rule.kind) {
    case 'pend-all':
      return { outcome: 'pend', reasons: ['every request of this payer goes to a reviewer'] };
    case 'primary-immunodeficiency':
      return primaryImmunodeficiencyCriteria(facts, rule, today);
    case 'labelled-indication':
      return labelledIndication(facts, rule);
  }
}
