import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import {
  daysAgo,
  referralFor,
  waitFor,
  withIgg,
  type ReferralBody,
} from '../test/support/console-stack';
import { useConsoleWorld } from '../test/support/console-world';
import {
  callAs,
  dispenseOf,
  dispenseToTheHome,
  pendedRequestFor,
  submitReferral,
} from '../test/support/prepared-work';
import { signIn } from '../test/support/sign-in';
import {
  BALTIMORE_NURSE,
  COORDINATOR,
  NORTHWIND_REVIEWER,
  RELEASING_PHARMACIST,
  VERIFYING_PHARMACIST,
  type ConsoleUser,
} from '../test/support/users';

// npm run screenshots: each role's main screen with a few patients in it, as the README shows
// them (docs/images/<role>.png). The patients are made over the APIs on a stack of this run, so
// the pictures hold the same kind of work each time and nobody's real data.

const IMAGES = join(__dirname, '..', '..', '..', 'docs', 'images');
/** How each payer the sandbox plays names itself and its plan (apps/payer-sandbox/config). */
const PAYERS = {
  'acme-health': { payerName: 'Acme Health Plan', planType: 'commercial' },
  'northwind-medicare': { payerName: 'Northwind Medicare Advantage', planType: 'medicare' },
} as const;
type Payer = keyof typeof PAYERS;

/** The patients of the pictures: the fixture's clinical content, people of their own. */
const PATIENTS = [
  { firstName: 'Maren', lastName: 'Okafor', dateOfBirth: '1979-03-14', member: 'ACM-883920114' },
  { firstName: 'Daniel', lastName: 'Reyes', dateOfBirth: '1986-07-02', member: 'ACM-402118735' },
  { firstName: 'Priya', lastName: 'Natarajan', dateOfBirth: '1991-11-23', member: 'NW7KQ2M9TX' },
  { firstName: 'Samuel', lastName: 'Brooks', dateOfBirth: '1958-05-09', member: 'NW3RP8L5CD' },
  { firstName: 'Elena', lastName: 'Petrova', dateOfBirth: '1972-01-30', member: 'NW9BX4H6ZN' },
  { firstName: 'Tomás', lastName: 'Alvarez', dateOfBirth: '1966-09-17', member: 'ACM-771204986' },
] as const;

/** Patient `index`'s referral to `payer`; `change` adjusts it further. */
function referralOf(
  index: number,
  payer: Payer,
  change: (referral: ReferralBody) => void = () => undefined,
): ReferralBody {
  const person = PATIENTS[index] ?? PATIENTS[0];
  const body = referralFor(payer, person.member, change);
  body.patient['firstName'] = person.firstName;
  body.patient['lastName'] = person.lastName;
  body.patient['dateOfBirth'] = person.dateOfBirth;
  body.patient['mrn'] = `MRN-${20481 + index}`;
  body.insurance = { ...body.insurance, ...PAYERS[payer] };
  return body;
}

const world = useConsoleWorld();

describe('screenshots of each role’s main screen', () => {
  beforeAll(async () => {
    mkdirSync(IMAGES, { recursive: true });
    const { stack } = world();
    // Approved at Acme (IgG below 200 mg/dL): doses in the pharmacist's queue.
    const approved = [0, 1].map((index) => {
      const body = referralOf(index, 'acme-health');
      withIgg(body, 180);
      return body;
    });
    // Pended at Northwind for its reviewer.
    const pended = [2, 3].map((index) => referralOf(index, 'northwind-medicare'));
    // Incomplete: a creatinine two months old, which intake asks again for.
    const incomplete = referralOf(4, 'northwind-medicare', (referral) => {
      for (const lab of referral.labs)
        if (lab['code'] === 'creatinine') lab['collectedOn'] = daysAgo(60);
    });
    // A dose delivered for a visit today: the nurse's day.
    const visited = referralOf(5, 'acme-health', (referral) => {
      referral.order['startDate'] = daysAgo(0);
    });
    withIgg(visited, 180);

    const submitted = [];
    for (const body of [...approved, ...pended, incomplete, visited])
      submitted.push(await submitReferral(stack, body));
    const visitReferral = submitted.at(-1)?.id ?? '';
    for (const body of pended)
      await pendedRequestFor(stack, NORTHWIND_REVIEWER, String(body.patient['lastName']));
    for (const referral of submitted.slice(0, 2)) await dispenseOf(stack, referral.id);
    const dose = await dispenseOf(stack, visitReferral);
    await dispenseToTheHome(stack, dose, RELEASING_PHARMACIST, daysAgo(-365));
    await waitFor(
      "the visit in rn-1's day",
      async () =>
        (
          await callAs<{ items: { referralId: string }[] }>(
            stack,
            BALTIMORE_NURSE,
            'nursing',
            'GET',
            `/v1/visits?date=${daysAgo(0)}`,
          )
        ).items,
      (items) => items.some((item) => item.referralId === visitReferral),
    );
  }, 300_000);

  async function picture(page: Page, role: string): Promise<void> {
    // Nothing still loading, and a moment for the last paint.
    await waitFor(
      'the screen to finish loading',
      () => page.getByText(/^Loading /).count(),
      (n) => n === 0,
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(IMAGES, `${role}.png`), animations: 'disabled' });
  }

  async function deskPage(user: ConsoleUser): Promise<Page> {
    const page = await (await world().desk()).newPage();
    await signIn(page, user);
    return page;
  }

  it('coordinator: the referral work queue', async () => {
    const page = await deskPage(COORDINATOR);
    await page.getByRole('table', { name: 'Referrals' }).getByRole('row').nth(6).waitFor();
    await picture(page, 'coordinator');
  });

  it('payer: the inbox of pended requests', async () => {
    const page = await deskPage(NORTHWIND_REVIEWER);
    await page
      .getByRole('table', { name: 'Authorization requests' })
      .getByRole('row')
      .nth(2)
      .waitFor();
    await picture(page, 'payer');
  });

  it('pharmacist: the dispense queue', async () => {
    const page = await deskPage(VERIFYING_PHARMACIST);
    await page.getByRole('table', { name: 'Dispense queue' }).getByRole('row').nth(2).waitFor();
    await picture(page, 'pharmacist');
  });

  it("nurse: today's visits on a phone", async () => {
    const page = await (await world().phone()).newPage();
    await signIn(page, BALTIMORE_NURSE);
    await page.getByRole('link').filter({ hasText: 'Tomás Alvarez' }).waitFor();
    await picture(page, 'nurse');
  });
});
