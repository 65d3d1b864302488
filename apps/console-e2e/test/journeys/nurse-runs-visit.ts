import { todayIn } from '@infuse/clinical';
import { queryTestDatabase } from '@infuse/testing';
import { type BrowserContext, type Page, type Response } from 'playwright-core';
import { type ConsoleWorld } from '../support/console-world';
import { daysAgo, referralFor, waitFor, withIgg } from '../support/console-stack';
import { callAs, dispenseOf, dispenseToTheHome, submitReferral } from '../support/prepared-work';
import { signIn } from '../support/sign-in';
import { BALTIMORE_NURSE, RELEASING_PHARMACIST } from '../support/users';

const ACME_MEMBER = 'ACM-883920114';
const PHARMACY_TIME_ZONE = 'America/New_York';
const MINUTE = 60_000;
// How far back the device's clock starts: the whole visit (check-in, a first infusion of about
// 2.5 hours and its hour of observation) fits before the server's now.
const DEVICE_HEAD_START_MINUTES = 300;

interface Visit {
  id: string;
  status: string;
  visitDate: string;
  observationMinutes: number;
  infusionPlan: { infusionMinutes: number; steps: { step: number; startMinute: number }[] };
  record: {
    progress: string;
    applied: string[];
    refused: { clientUpdateId: string; reason: string }[];
    vitals: unknown[];
    infusion?: { rates: { mlPerHour: number }[]; endedAt?: string };
    observationEndedAt?: string;
    signed?: { by: string };
  };
}

/**
 * Journey d: the nurse runs the whole visit on a phone. The device's clock is moved on through
 * the titration plan (the service judges rates by the device's times), starting far enough in
 * the past that the last update is not ahead of the server. Halfway through the infusion the
 * network goes; the updates wait on the device and are sent when it comes back.
 */
export function nurseRunsVisit(world: () => ConsoleWorld): void {
  describe('a nurse on a phone', () => {
    it('runs the visit with the network gone halfway, and nursing stores every update exactly once', async () => {
      const { stack } = world();
      const deviceStart = Date.now() - DEVICE_HEAD_START_MINUTES * MINUTE;
      const visitDate = todayIn(PHARMACY_TIME_ZONE, new Date(deviceStart));

      // A dose delivered for a visit on the device's day (usually today).
      const body = referralFor('acme-health', ACME_MEMBER, (referral) => {
        referral.order['startDate'] = visitDate;
      });
      withIgg(body, 180);
      const lastName = String(body.patient['lastName']);
      const referral = await submitReferral(stack, body);
      const order = await dispenseOf(stack, referral.id);
      await dispenseToTheHome(stack, order, RELEASING_PHARMACIST, daysAgo(-365));
      const planned = await waitFor(
        `rn-1's visit for ${lastName} on ${visitDate}`,
        async () =>
          (
            await callAs<{ items: { id: string; referralId: string }[] }>(
              stack,
              BALTIMORE_NURSE,
              'nursing',
              'GET',
              `/v1/visits?date=${visitDate}`,
            )
          ).items.find((item) => item.referralId === referral.id),
        (found) => found !== undefined,
      );
      const visitId = planned?.id ?? '';
      const visit = await readVisit(world, visitId);
      const steps = visit.infusionPlan.steps;
      // Every jump of the device's clock below: the last update must land before the server's now.
      const jumps = 30 + visit.infusionPlan.infusionMinutes + 1 + visit.observationMinutes + 1 + 5;
      expect(jumps + 15).toBeLessThan(DEVICE_HEAD_START_MINUTES);
      // What the device sends: each of these once.
      const expected = [
        'arrived',
        'departed',
        'en_route',
        'infusion_ended',
        'infusion_started',
        'observation_ended',
        ...(steps.length > 1 ? [`rate_changed × ${steps.length - 1}`] : []),
        'signed',
        'vitals',
      ];
      const updateCount = 7 + steps.length;

      const context = await world().phone();
      await context.clock.install({ time: deviceStart });
      const page = await context.newPage();
      await signIn(page, BALTIMORE_NURSE);
      await page.getByRole('heading', { level: 2, name: "Today's visits" }).waitFor();
      const card = page.getByRole('link').filter({ hasText: lastName });
      await card.waitFor();
      await world().expectAccessible(page, "nurse: today's visits");
      await card.click();
      await page.getByRole('heading', { level: 2, name: `Maren ${lastName}` }).waitFor();
      await world().expectAccessible(page, 'nurse: visit runner, scheduled');
      // The service worker keeps the console and her visits from here on.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // Check-in and vitals, with the signal.
      await page.getByRole('button', { name: 'On my way' }).click();
      await forward(context, 20);
      await page.getByRole('button', { name: 'Check in' }).click();
      await page.getByText(/^Checked in at/).waitFor();
      await forward(context, 5);
      const vitals = page.getByRole('region', { name: 'Vitals' });
      for (const [label, value] of [
        ['Systolic (mmHg)', '124'],
        ['Diastolic (mmHg)', '78'],
        ['Pulse (beats/min)', '76'],
        ['Temperature (°C)', '36.8'],
        ['Respiratory rate (breaths/min)', '16'],
        ['SpO₂ (%)', '98'],
      ] as const)
        await vitals.getByLabel(label).fill(value);
      await vitals.getByRole('button', { name: 'Save vitals' }).click();
      await vitals.getByText(/^Last at/).waitFor();
      await forward(context, 5);
      await page.getByRole('button', { name: 'Start infusion' }).click();
      await page.getByText(/^Infusing since/).waitFor();

      // The titration plan, a step at a time; the signal goes after the second step.
      const titration = page.getByRole('region', { name: 'Titration plan' });
      let minute = 0;
      for (const step of steps.slice(1)) {
        await forward(context, step.startMinute - minute);
        minute = step.startMinute;
        await titration.getByText(`Step ${step.step} is allowed now.`).waitFor();
        // The second step's rate change must reach nursing before the signal goes: "All updates
        // sent" can still show from before the click, until the device has queued the change.
        const rateChangeSent =
          step.step === 2 ? page.waitForResponse(isRateChangeBatch) : Promise.resolve(undefined);
        await titration.getByRole('button', { name: `Go to step ${step.step}:` }).click();
        if (step.step === 2) {
          await rateChangeSent;
          await allSent(page);
          await context.setOffline(true);
          await page.getByText('Offline', { exact: true }).waitFor();
        }
      }
      await forward(context, visit.infusionPlan.infusionMinutes - minute + 1);
      await page.getByRole('button', { name: 'The infusion is finished…' }).click();
      await page.getByRole('button', { name: 'End infusion' }).click();
      await page.getByText(/^Infusion ended at/).waitFor();
      // The later rate changes and the end wait on the device.
      const queue = page.getByRole('region', { name: 'Updates on this device' });
      await queue.getByText(`${steps.length - 1} updates waiting`).waitFor();
      await queue.getByText('Kept on this device; sent when the connection returns.').waitFor();
      await world().expectAccessible(page, 'nurse: visit runner, offline with updates waiting');

      // Still without a signal, the console is opened again: the app comes from the service
      // worker, the nurse from the device's memory of her session, the visit from the worker's
      // cache, and the waiting updates from the device's queue.
      await page.reload();
      await page.getByRole('heading', { level: 2, name: `Maren ${lastName}` }).waitFor();
      await page.getByText(/^Infusion ended at/).waitFor();
      await queue.getByText(`${steps.length - 1} updates waiting`).waitFor();
      expect(await page.getByRole('button', { name: 'Sign out' }).isDisabled()).toBe(true);

      // The signal returns: the waiting updates go in a batch.
      await context.setOffline(false);
      await allSent(page);

      await forward(context, visit.observationMinutes + 1);
      await page.getByRole('button', { name: 'End observation' }).click();
      await forward(context, 5);
      await page.getByRole('button', { name: 'Check out' }).click();
      await page.getByLabel('Your name').fill('Development nurse');
      await page.getByRole('checkbox', { name: /^I confirm this visit's record/ }).check();
      await page.getByRole('button', { name: 'Sign the note' }).click();
      await page.getByText(/^The note was signed at/).waitFor();
      await allSent(page);
      await queue.getByRole('button', { name: `Show the updates (${updateCount})` }).click();
      await world().expectAccessible(page, 'nurse: visit runner, signed');

      // The service has every update once, and the record they make.
      const done = await waitFor(
        'the visit to be signed on the server',
        () => readVisit(world, visitId),
        (read) => read.record.progress === 'signed',
      );
      expect(done.record.refused).toEqual([]);
      expect(done.record.applied).toHaveLength(updateCount);
      expect(new Set(done.record.applied).size).toBe(updateCount);
      expect(done.record.vitals).toHaveLength(1);
      expect(done.record.infusion?.rates).toHaveLength(steps.length);
      expect(done.record.signed?.by).toBe(BALTIMORE_NURSE.subject);
      const stored = await queryTestDatabase<{ type: string; copies: string }>(
        `SELECT type, count(*)::text AS copies FROM "${stack.schemaOf('nursing')}".visit_update
          WHERE visit_id = $1 GROUP BY type ORDER BY type`,
        [visitId],
      );
      expect(
        stored.map(({ type, copies }) => (copies === '1' ? type : `${type} × ${copies}`)),
      ).toEqual(expected);
    }, 300_000);
  });
}

function readVisit(world: () => ConsoleWorld, id: string): Promise<Visit> {
  return callAs<Visit>(world().stack, BALTIMORE_NURSE, 'nursing', 'GET', `/v1/visits/${id}`);
}

/** Moves the device's clock on, firing its timers (the countdowns, the queue's retries). */
async function forward(context: BrowserContext, minutes: number): Promise<void> {
  await context.clock.fastForward(Math.round(minutes * MINUTE));
}

/** An answered batch of visit updates that carries a rate change. */
function isRateChangeBatch(response: Response): boolean {
  const request = response.request();
  return (
    request.method() === 'POST' &&
    request.url().includes('/api/nursing/v1/visits/') &&
    response.ok() &&
    (request.postData() ?? '').includes('"rate_changed"')
  );
}

/** The device's queue has nothing left to send. */
async function allSent(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Updates on this device' })
    .getByText('All updates sent')
    .waitFor();
}
