import type { QueryClient } from '@tanstack/react-query';
import { authorizationKeys } from '../authorizations/authorizations.api';
import { referralKeys } from '../referrals/referrals.api';

/**
 * After a document or a lab is added: the referral, its journey and the work queue change, and
 * prior-auth may flag the addition on the referral's authorization.
 */
export async function invalidateReferral(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: referralKeys.all }),
    client.invalidateQueries({ queryKey: authorizationKeys.all }),
  ]);
}
