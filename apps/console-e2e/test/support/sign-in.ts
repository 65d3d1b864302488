import { type BrowserContext, type Page } from 'playwright-core';
import { type ConsoleUser } from './users';

/**
 * Signs in through the sign-in page as a person would: the development user's button (each
 * shows its subject), then the signed-in frame with its Sign out button.
 */
export async function signIn(page: Page, user: ConsoleUser): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('button')
    .filter({ has: page.getByText(user.subject, { exact: true }) })
    .click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A page of `context` signed in as `user`. */
export async function signedInPage(context: BrowserContext, user: ConsoleUser): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}
