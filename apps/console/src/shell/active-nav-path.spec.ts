import { activeNavPath } from './active-nav-path';

// The coordinator's navigation (features/coordinator/screens.tsx).
const NAV = ['/referrals', '/referrals/new', '/follow-ups', '/assistance'];

describe('activeNavPath', () => {
  it('marks only "New referral" on the new-referral page, not also "Referrals"', () => {
    expect(activeNavPath('/referrals/new', NAV)).toBe('/referrals/new');
  });

  it('marks "Referrals" on the work queue and on one referral’s own page', () => {
    expect(activeNavPath('/referrals', NAV)).toBe('/referrals');
    expect(activeNavPath('/referrals/abc', NAV)).toBe('/referrals');
  });

  it('does not take a path that only begins with an entry’s letters for one of its pages', () => {
    expect(activeNavPath('/referrals-archive', NAV)).toBeUndefined();
  });

  it('marks nothing on a page outside the navigation', () => {
    expect(activeNavPath('/sign-in', NAV)).toBeUndefined();
  });

  it('does not depend on the order the entries are listed in', () => {
    expect(activeNavPath('/referrals/new', [...NAV].reverse())).toBe('/referrals/new');
  });
});
