import { NORTHWIND_REVIEWER } from '../support/users';
import { type ConsoleWorld } from '../support/console-world';
import { referralFor } from '../support/console-stack';
import { authorizationOf, pendedRequestFor, submitReferral } from '../support/prepared-work';
import { signedInPage } from '../support/sign-in';

// Northwind Medicare pends every request for a reviewer (apps/payer-sandbox/config/payers.json).
const NORTHWIND_MEMBER = 'NW4TE5MK72';

/** Journey b: a payer's reviewer finds the pended request in the inbox and approves it. */
export function payerApproves(world: () => ConsoleWorld): void {
  describe("a payer's reviewer", () => {
    it('approves the pended request from the inbox, and prior-auth has the approval', async () => {
      const { stack } = world();
      const body = referralFor('northwind-medicare', NORTHWIND_MEMBER);
      const lastName = String(body.patient['lastName']);
      const referral = await submitReferral(stack, body);
      const pended = await pendedRequestFor(stack, NORTHWIND_REVIEWER, lastName);

      const page = await signedInPage(await world().desk(), NORTHWIND_REVIEWER);
      await page.getByRole('heading', { level: 2, name: 'Requests' }).waitFor();
      const row = page
        .getByRole('table', { name: 'Authorization requests' })
        .getByRole('row')
        .filter({ hasText: lastName });
      await row.waitFor();
      await world().expectAccessible(page, 'payer: inbox');

      await row.getByRole('link').click();
      await page.waitForURL(`**/requests/${pended.id}`);
      await page.getByRole('heading', { level: 2, name: /^Request / }).waitFor();
      await world().expectAccessible(page, 'payer: request');

      await page.getByRole('radio', { name: 'Approve', exact: true }).check();
      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      // The request is decided: the form gives way to the decision as recorded.
      await page.getByRole('heading', { name: 'Decision', exact: true }).waitFor();
      await page.getByText('Approved', { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);

      const approved = await authorizationOf(stack, referral.id, 'approved');
      expect(approved.payerId).toBe('northwind-medicare');
      expect(approved.authorizationNumber).toMatch(/^NWM-/);
    }, 300_000);
  });
}
