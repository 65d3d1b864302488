import { type Locator, type Page } from 'playwright-core';
import { type ConsoleWorld } from '../support/console-world';
import { daysAgo, waitFor } from '../support/console-stack';
import { authorizationOf, callAs } from '../support/prepared-work';
import { signedInPage } from '../support/sign-in';
import { COORDINATOR } from '../support/users';

// The contract fixture's patient (libs/testing/fixtures/referrals/referral-pi-complete.json) as
// a coordinator types her in from the prescriber's fax, for Acme Health, which approves an IgG
// below 200 mg/dL without a reviewer (apps/payer-sandbox/config/payers.json).
const LABS = [
  ['IgG', '180', daysAgo(7)],
  ['IgA', '45', daysAgo(7)],
  ['BUN', '14', daysAgo(7)],
  // Two months old: intake's renal labs may be 30 days old at most [PH2].
  ['Creatinine', '0.8', daysAgo(60)],
] as const;
const DOCUMENTS = [
  ['Prescription', 'signed-ivig-order.pdf', 'application/pdf', '%PDF-1.4\n%%EOF\n'],
  ['Clinical notes', 'immunology-consult.txt', 'text/plain', 'Recurrent sinusitis, 2 pneumonias.'],
  ['Lab report', 'immunoglobulin-panel.txt', 'text/plain', 'IgG 180 mg/dL, IgA 45 mg/dL'],
  ['Insurance card', 'member-card.txt', 'text/plain', 'Acme Health ACM-883920114'],
] as const;

/**
 * Journey a: a coordinator enters a referral whose creatinine is stale, sees what intake
 * misses on its page, adds a fresh creatinine there, and the referral is accepted.
 */
export function coordinatorCompletesReferral(world: () => ConsoleWorld): void {
  describe('an intake coordinator', () => {
    it('submits a referral with a stale creatinine, sees it missing, adds the lab, and it is accepted', async () => {
      const tag = Date.now().toString(36).toUpperCase();
      const lastName = `Okafor-${tag}`;
      const page = await signedInPage(await world().desk(), COORDINATOR);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'New referral' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'New referral' }).waitFor();
      await world().expectAccessible(page, 'coordinator: new referral');

      const patient = page.getByRole('region', { name: 'Patient' });
      await patient.getByLabel('First name').fill('Maren');
      await patient.getByLabel('Last name').fill(lastName);
      await patient.getByLabel('MRN').fill(`MRN-${tag}`);
      await patient.getByLabel('Date of birth').fill('1979-03-14');
      await choose(page, patient, 'Sex', 'Female');
      await patient.getByLabel('Height (cm)').fill('168');
      await patient.getByLabel('Weight (kg)').fill('71.2');
      await patient.getByLabel('Address line 1').fill('12 Harbor Lane');
      await patient.getByLabel('City').fill('Baltimore');
      await patient.getByLabel('State').fill('MD');
      await patient.getByLabel('ZIP code').fill('21230');

      const prescriber = page.getByRole('region', { name: 'Prescriber' });
      await prescriber.getByLabel('Prescriber NPI').fill('1234567893');
      await prescriber.getByLabel('Prescriber first name').fill('Lena');
      await prescriber.getByLabel('Prescriber last name').fill('Hart');

      const order = page.getByRole('region', { name: 'Order' });
      await choose(page, order, 'Therapy', 'IVIG (intravenous)');
      await order.getByLabel('Diagnosis code').fill('D83.9');
      await order.getByLabel('Product').fill('Privigen');
      await order.getByLabel('Dose (g/kg)').fill('0.5');
      await order.getByLabel('Days between doses').fill('28');
      await order.getByLabel('Start date').fill(daysAgo(-7));

      const insurance = page.getByRole('region', { name: 'Insurance' });
      await choose(page, insurance, 'Plan type', 'Commercial');
      await insurance.getByLabel('Payer id').fill('acme-health');
      await insurance.getByLabel('Payer name').fill('Acme Health Plan');
      await insurance.getByLabel('Member id').fill('ACM-883920114');

      const labs = page.getByRole('region', { name: 'Labs' });
      for (const [index, [lab, value, collectedOn]] of LABS.entries()) {
        if (index > 0) await labs.getByRole('button', { name: 'Add a lab' }).click();
        const row = labs.getByRole('group', { name: `Lab ${index + 1}` });
        await choose(page, row, 'Lab', lab);
        await row.getByLabel(/^Value/).fill(value);
        await row.getByLabel('Collected on').fill(collectedOn);
      }
      const documents = page.getByRole('region', { name: 'Documents' });
      for (const [index, [kind, file, mimeType, text]] of DOCUMENTS.entries()) {
        if (index > 0) await documents.getByRole('button', { name: 'Add a document' }).click();
        const row = documents.getByRole('group', { name: `Document ${index + 1}` });
        await choose(page, row, 'Kind of document', kind);
        await row
          .locator('input[type="file"]')
          .setInputFiles({ name: file, mimeType, buffer: Buffer.from(text) });
      }
      await world().expectAccessible(page, 'coordinator: new referral, filled in');
      await page.getByRole('button', { name: 'Submit referral' }).click();

      // Intake records it and says what it misses: the creatinine, too old.
      await page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
      const referralId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await page.getByRole('heading', { level: 2, name: `${lastName}, Maren` }).waitFor();
      const missing = page.getByRole('list', { name: 'Missing items' });
      await missing.getByText(/^Missing:/).waitFor();
      expect(await missing.getByRole('listitem').count()).toBe(1);
      await expect(missing.textContent()).resolves.toMatch(/creatinine/i);
      await world().expectAccessible(page, 'coordinator: referral with an item missing');

      await missing.getByRole('button', { name: 'Add Creatinine result' }).click();
      const addLab = page.getByRole('form', { name: 'Add a lab result' });
      await addLab.getByLabel(/^Value/).fill('0.8');
      await addLab.getByLabel('Collected on').fill(daysAgo(1));
      await addLab.getByRole('button', { name: 'Add lab result' }).click();
      await addLab.getByRole('status').filter({ hasText: 'Lab result added' }).waitFor();
      await expect(addLab.getByRole('status').textContent()).resolves.toMatch(/now accepted/);
      await page.getByText('Everything intake asked for has been received.').waitFor();
      await world().expectAccessible(page, 'coordinator: referral accepted');

      const accepted = await callAs<{ status: string; missing: string[]; patientId: string }>(
        world().stack,
        COORDINATOR,
        'referrals',
        'GET',
        `/v1/referrals/${referralId}`,
      );
      expect(accepted).toMatchObject({ status: 'accepted', missing: [] });
      // Accepted, it goes on to the payer, which approves it on its own rule.
      await authorizationOf(world().stack, referralId, 'approved');

      // The coordinator's other screens, each checked: the work queue, the follow-ups, and the
      // copay-assistance case the approval opened for this (commercially insured) patient.
      const navigation = page.getByRole('navigation', { name: 'Main' });
      await navigation.getByRole('link', { name: 'Referrals', exact: true }).click();
      await page
        .getByRole('table', { name: 'Referrals' })
        .getByRole('link', { name: `${lastName}, Maren` })
        .waitFor();
      await world().expectAccessible(page, 'coordinator: work queue');
      await navigation.getByRole('link', { name: 'Follow-ups' }).click();
      await page.getByRole('heading', { level: 2, name: 'Follow-ups' }).waitFor();
      await page
        .getByText(/^Loading/)
        .first()
        .waitFor({ state: 'detached' });
      await world().expectAccessible(page, 'coordinator: follow-ups');
      await waitFor(
        `the copay-assistance case of ${lastName}`,
        () =>
          callAs<{ items: unknown[] }>(
            world().stack,
            COORDINATOR,
            'workers',
            'GET',
            `/v1/assistance-cases?patientId=${accepted.patientId}`,
          ),
        (cases) => cases.items.length === 1,
      );
      await navigation.getByRole('link', { name: 'Copay assistance' }).click();
      const caseLink = page
        .getByRole('table', { name: 'Copay-assistance cases' })
        .getByRole('link', { name: `${lastName}, Maren` });
      await caseLink.waitFor();
      await world().expectAccessible(page, 'coordinator: copay-assistance cases');
      await caseLink.click();
      await page.waitForURL(/\/assistance\/[0-9a-f-]{36}$/);
      await page
        .getByRole('heading', { level: 2, name: `Copay assistance: ${lastName}, Maren` })
        .waitFor();
      await world().expectAccessible(page, 'coordinator: copay-assistance case');
    }, 300_000);
  });
}

/** Picks an option of a Mantine select (a combobox): open it, then the option by its words. */
async function choose(page: Page, within: Locator, label: string, option: string): Promise<void> {
  await within.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
