/**
 * The navigation entry the current page belongs to: the longest entry path that is the page's
 * path or a parent of it. /referrals/new is "New referral", not also "Referrals"; a referral's
 * own page (/referrals/:id) still belongs to "Referrals".
 */
export function activeNavPath(pathname: string, navPaths: string[]): string | undefined {
  return navPaths
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}
