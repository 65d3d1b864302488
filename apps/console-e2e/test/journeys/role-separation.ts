import { type Locator } from 'playwright-core';
import { type ConsoleWorld } from '../support/console-world';
import { referralFor } from '../support/console-stack';
import { pendedRequestFor, submitReferral } from '../support/prepared-work';
import { signedInPage } from '../support/sign-in';
import { ACME_REVIEWER, BALTIMORE_NURSE, NORTHWIND_REVIEWER } from '../support/users';

// Member ids in each payer's format (apps/payer-sandbox/config/payers.json).
const ACME_MEMBER = 'ACM-883920114';
const NORTHWIND_MEMBER = 'NW4TE5MK72';

/** Each role's screens are the only ones mounted for it; the UI offers nothing else. */
export function roleSeparation(world: () => ConsoleWorld): void {
  describe('role separation in the console', () => {
    it('a nurse sees no referral queue: no link to it, and /referrals is not available', async () => {
      const page = await signedInPage(await world().phone(), BALTIMORE_NURSE);
      const navigation = page.getByRole('navigation', { name: 'Main' });
      await expectNoLink(navigation, /referral/i);
      await page.goto('/referrals');
      await page.getByRole('heading', { level: 2, name: 'Not available' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      await world().expectAccessible(page, 'nurse: /referrals (not available)');
    }, 120_000);

    it("a payer's reviewer sees no other payer's request: not in the inbox, and its page is refused", async () => {
      const { stack } = world();
      // An IgG of 310 mg/dL is not below Acme's 200: Acme pends it for its own reviewer.
      const acmeBody = referralFor('acme-health', ACME_MEMBER);
      const northwindBody = referralFor('northwind-medicare', NORTHWIND_MEMBER);
      await Promise.all([submitReferral(stack, acmeBody), submitReferral(stack, northwindBody)]);
      const acmeName = String(acmeBody.patient['lastName']);
      const northwindName = String(northwindBody.patient['lastName']);
      const [acmeRequest] = await Promise.all([
        pendedRequestFor(stack, ACME_REVIEWER, acmeName),
        pendedRequestFor(stack, NORTHWIND_REVIEWER, northwindName),
      ]);

      const page = await signedInPage(await world().desk(), NORTHWIND_REVIEWER);
      const inbox = page.getByRole('table', { name: 'Authorization requests' });
      await inbox.getByRole('row').filter({ hasText: northwindName }).waitFor();
      expect(await inbox.getByRole('row').filter({ hasText: acmeName }).count()).toBe(0);

      await page.goto(`/requests/${acmeRequest.id}`);
      await page.getByRole('alert').filter({ hasText: 'Could not load the request' }).waitFor();
      expect(await page.getByText(acmeName).count()).toBe(0);
      expect(await page.getByRole('heading', { name: /^Request / }).count()).toBe(0);
      await world().expectAccessible(page, "payer: another payer's request (refused)");
    }, 300_000);
  });
}

/** Not even a hidden one (the phone's navigation is folded away behind its menu button). */
async function expectNoLink(within: Locator, name: RegExp): Promise<void> {
  expect(await within.getByRole('link', { name, includeHidden: true }).count()).toBe(0);
}
