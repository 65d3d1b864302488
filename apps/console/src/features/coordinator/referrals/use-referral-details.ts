import { useQueries } from '@tanstack/react-query';
import { referralKeys, referralsApi, type ReferralView } from './referrals.api';

/**
 * The full referral of each id, for what a list row lacks (the work queue has no payer). The
 * same cache entries the referral page reads, so opening one from the list is immediate.
 */
export function useReferralDetails(ids: readonly string[]): Map<string, ReferralView> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: referralKeys.one(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => referralsApi.view(id, signal),
      staleTime: 60_000,
    })),
    combine: (results) => {
      const found = new Map<string, ReferralView>();
      results.forEach((result, index) => {
        const id = ids[index];
        if (result.data && id) found.set(id, result.data);
      });
      return found;
    },
  });
}
