import { type ConsoleWorld } from '../support/console-world';
import { signIn } from '../support/sign-in';
import { COORDINATOR } from '../support/users';

/** The sign-in page lists the gateway's development users; the session lives in its cookie. */
export function signingIn(world: () => ConsoleWorld): void {
  describe('signing in', () => {
    it('lists the development users on an accessible page, signs in with the gateway cookie alone, and signs out', async () => {
      const context = await world().desk();
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('heading', { name: 'Sign in to Infuse' }).waitFor();
      for (const subject of ['ic-1', 'rev-nw-1', 'rev-acme-1', 'ph-1', 'ph-2', 'rn-1'])
        await page.getByText(subject, { exact: true }).waitFor();
      await world().expectAccessible(page, 'sign-in');

      await signIn(page, COORDINATOR);
      // The token stays in the gateway: the page's storage holds none, and its cookie is httpOnly.
      const stored = await page.evaluate(() =>
        JSON.stringify({ ...localStorage, ...sessionStorage }),
      );
      expect(stored).not.toMatch(/eyJ/);
      const cookies = await context.cookies();
      expect(cookies.length).toBeGreaterThan(0);
      expect(cookies.every((cookie) => cookie.httpOnly)).toBe(true);
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to Infuse' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Sign in to Infuse' }).waitFor();
    }, 120_000);
  });
}
