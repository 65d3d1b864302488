// Test data only: a body that must pass the structural check, as the payer holds it after.
import { checkRequestBundle, type PasRequestBundle } from '../check/request-bundle-check';
import { type PasOperation } from '../check/pas-operation';

export function checkedRequest(
  body: unknown,
  operation: PasOperation = 'submit',
): PasRequestBundle {
  const check = checkRequestBundle(body, operation);
  if (!check.valid) throw new Error(`not a valid request: ${JSON.stringify(check.issues)}`);
  return check.request;
}
