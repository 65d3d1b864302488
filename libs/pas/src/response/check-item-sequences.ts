// Each item of a PAS answer echoes the sequence of the item it decides; the sequence is the
// tracing id across request and response [PAS-SPEC spec-39]. A decision prior-auth cannot tie to
// what it asked for must not be acted on.
import type { PasAnswer, PasError } from './pas-decision';

/**
 * What does not match between the item sequences sent and those decided: items left without a
 * decision, decisions for items never sent, items decided twice. Empty when they match, and for
 * an error answer, which decides nothing.
 */
export function checkItemSequences(sent: readonly number[], answer: PasAnswer): PasError[] {
  if (answer.kind === 'error') return [];
  const decided = answer.items.map((item) => item.sequence);
  const problems: PasError[] = [];
  for (const sequence of sent)
    if (!decided.includes(sequence))
      problems.push({
        message: `Item ${sequence} was sent but the answer has no decision for it.`,
        location: 'ClaimResponse.item',
      });
  decided.forEach((sequence, index) => {
    if (!sent.includes(sequence))
      problems.push({
        message: `The answer decides item ${sequence}, which was not sent.`,
        location: `ClaimResponse.item[${index}].itemSequence`,
      });
    else if (decided.indexOf(sequence) !== index)
      problems.push({
        message: `The answer decides item ${sequence} more than once.`,
        location: `ClaimResponse.item[${index}].itemSequence`,
      });
  });
  return problems;
}
