import { addDays } from '@infuse/clinical';
import { type ConsoleWorld } from '../support/console-world';
import { daysAgo, referralFor, waitFor, withIgg } from '../support/console-stack';
import { callAs, dispenseOf, dispenseToTheHome, submitReferral } from '../support/prepared-work';
import { signedInPage } from '../support/sign-in';
import { COORDINATOR, RELEASING_PHARMACIST } from '../support/users';

const ACME_MEMBER = 'ACM-883920114';
// The first infusion far enough ahead that the day after it is a day a visit may move to.
const DAYS_AHEAD = 10;

interface VisitSummary {
  id: string;
  referralId: string;
  visitDate: string;
  nurseId: string | null;
}

/**
 * A coordinator works the visit schedule: nursing gave the released dose's first visit to the
 * nurse of the patient's territory (rn-1, Baltimore); the coordinator gives it to another nurse
 * and moves it a day, from the schedule's screen.
 */
export function coordinatorSchedulesVisit(world: () => ConsoleWorld): void {
  describe('an intake coordinator at the visit schedule', () => {
    it('gives a visit to another nurse and moves it to the next day, and nursing has both', async () => {
      const { stack } = world();
      const firstDay = daysAgo(-DAYS_AHEAD);
      const nextDay = addDays(firstDay, 1);
      const body = referralFor('acme-health', ACME_MEMBER, (referral) => {
        referral.order['startDate'] = firstDay;
      });
      // An IgG below Acme's 200 mg/dL: approved without a reviewer.
      withIgg(body, 180);
      const lastName = String(body.patient['lastName']);
      const referral = await submitReferral(stack, body);
      await dispenseToTheHome(
        stack,
        await dispenseOf(stack, referral.id),
        RELEASING_PHARMACIST,
        daysAgo(-365),
      );
      const visitsOn = async (date: string) =>
        (
          await callAs<{ items: VisitSummary[] }>(
            stack,
            COORDINATOR,
            'nursing',
            'GET',
            `/v1/visits?date=${date}&limit=100`,
          )
        ).items.filter((visit) => visit.referralId === referral.id);
      const [scheduled] = await waitFor(
        `the first visit of ${lastName} on ${firstDay}`,
        () => visitsOn(firstDay),
        (found) => found.length === 1,
      );
      expect(scheduled?.nurseId).toBe('rn-1');

      const page = await signedInPage(await world().desk(), COORDINATOR);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Visit schedule' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Visit schedule' }).waitFor();
      await page.getByLabel('Day').fill(firstDay);
      const row = page
        .getByRole('table', { name: 'Visits' })
        .getByRole('row')
        .filter({ hasText: lastName });
      await row.getByText('Development nurse, Baltimore').waitFor();
      await world().expectAccessible(page, 'coordinator: visit schedule');

      // To the Washington nurse, chosen by name.
      await row
        .getByRole('button', { name: `Assign a nurse to Maren ${lastName}'s visit` })
        .click();
      const assign = page.getByRole('dialog', { name: 'Assign a nurse' });
      // The nurse is found by typing part of her name, as in any searchable select.
      await assign.getByRole('combobox', { name: 'Nurse' }).fill('Washington');
      await page.getByRole('option', { name: /Washington DC/ }).click();
      await world().expectAccessible(page, 'coordinator: assigning a nurse');
      await assign.getByRole('button', { name: 'Assign' }).click();
      await assign.waitFor({ state: 'detached' });
      await row.getByText('Development nurse, Washington DC').waitFor();

      // To the next day, with the reason kept.
      await row
        .getByRole('button', { name: `Move Maren ${lastName}'s visit to another day` })
        .click();
      const move = page.getByRole('dialog', { name: 'Move the visit' });
      await move.getByLabel('New day').fill(nextDay);
      await move.getByLabel('Reason').fill('The patient asked for the next day.');
      await move.getByRole('button', { name: 'Move the visit' }).click();
      await move.waitFor({ state: 'detached' });
      await row.waitFor({ state: 'detached' });

      const moved = (await visitsOn(nextDay)).find((visit) => visit.id === scheduled?.id);
      expect(moved).toMatchObject({ visitDate: nextDay, nurseId: 'rn-2' });
      expect(await visitsOn(firstDay)).toEqual([]);
    }, 180_000);
  });
}
