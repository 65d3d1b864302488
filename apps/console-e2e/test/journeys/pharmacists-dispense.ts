import { type ConsoleWorld } from '../support/console-world';
import { daysAgo, referralFor, withIgg } from '../support/console-stack';
import { callAs, dispenseOf, submitReferral } from '../support/prepared-work';
import { signedInPage } from '../support/sign-in';
import { RELEASING_PHARMACIST, VERIFYING_PHARMACIST } from '../support/users';

// An IgG of 180 mg/dL is below Acme's 200 (apps/payer-sandbox/config/payers.json): approved
// without a reviewer, the dose waits for a pharmacist.
const ACME_MEMBER = 'ACM-883920114';

interface VerifiedDispense {
  status: string;
  verification: { verifiedBy: string; acknowledgements: { code: string; reason: string }[] };
  release: { releasedBy: string; lots: { lotNumber: string }[] };
  shipment: { carrier: string; trackingNumber: string };
  delivery: { receivedBy: string; temperatureInRange: boolean };
}

/**
 * Journey c: one pharmacist verifies the dose, acknowledging its warning with a reason; a
 * second one releases it with a lot per vial size, ships it and records the delivery.
 */
export function pharmacistsDispense(world: () => ConsoleWorld): void {
  describe('two pharmacists', () => {
    it('verify with an acknowledgement, then release with lots, ship and record the delivery', async () => {
      const { stack } = world();
      const body = referralFor('acme-health', ACME_MEMBER);
      withIgg(body, 180);
      const lastName = String(body.patient['lastName']);
      const referral = await submitReferral(stack, body);
      const order = await dispenseOf(stack, referral.id);
      const warnings = order.worksheet?.findings.filter((finding) => finding.severity === 'warn');
      expect(warnings?.length).toBeGreaterThan(0);

      // ph-1 verifies from the queue.
      const verifier = await signedInPage(await world().desk(), VERIFYING_PHARMACIST);
      await verifier.getByRole('heading', { level: 2, name: 'Dispense queue' }).waitFor();
      const row = verifier
        .getByRole('table', { name: 'Dispense queue' })
        .getByRole('row')
        .filter({ hasText: lastName });
      await row.waitFor();
      await world().expectAccessible(verifier, 'pharmacist: dispense queue');
      await row.getByRole('link').click();
      await verifier
        .getByRole('heading', { level: 2, name: `Maren ${lastName}, cycle 1` })
        .waitFor();
      const verification = verifier.getByRole('region', { name: 'Findings and verification' });
      const verify = verification.getByRole('button', { name: 'Verify' });
      await expect(verify.isDisabled()).resolves.toBe(true);
      await world().expectAccessible(verifier, 'pharmacist: worksheet to verify');
      for (const warning of warnings ?? [])
        await verification
          .getByLabel(`Reason for acknowledging ${warning.code}`)
          .fill(`Reviewed ${warning.code} with the prescriber; first infusion at the lowest rate.`);
      await verify.click();
      // The verifier may not release a first dose: the page says a second pharmacist does.
      await verifier.getByText('A second pharmacist releases this dose').waitFor();

      // ph-2 releases, scanning a lot and its expiry per vial size, then ships and delivers.
      const releaser = await signedInPage(await world().desk(), RELEASING_PHARMACIST);
      await releaser.goto(`/dispenses/${order.id}`);
      const release = releaser.getByRole('region', { name: 'Release' });
      await release.waitFor();
      expect(await releaser.getByText('A second pharmacist releases this dose').count()).toBe(0);
      const sizes = release.getByRole('group');
      const count = await sizes.count();
      expect(count).toBe(order.worksheet?.vials.perInfusionDay.length);
      for (let index = 0; index < count; index += 1) {
        const size = sizes.nth(index);
        await size.getByLabel('Lot number').fill(`E2E-LOT-${index + 1}`);
        await size.getByLabel('Lot number').press('Enter');
        await size.getByLabel('Expiry').fill(daysAgo(-365));
        await size.getByLabel('Expiry').press('Enter');
      }
      await world().expectAccessible(releaser, 'pharmacist: release with lots');
      await release.getByRole('button', { name: 'Release' }).click();

      const ship = releaser.getByRole('region', { name: 'Ship' });
      await ship.waitFor();
      await ship.getByLabel('Carrier').fill('UPS');
      await ship.getByLabel('Tracking number').fill('1Z999AA10123456784');
      await ship.getByLabel('Pack-out').fill('Insulated shipper, 2–8 °C');
      await ship.getByLabel('Validated for (hours)').fill('48');
      await ship.getByRole('button', { name: 'Ship' }).click();

      const delivery = releaser.getByRole('region', { name: 'Delivery' });
      await delivery.waitFor();
      await delivery.getByLabel('Received by').fill('Maren');
      await delivery.getByRole('radio', { name: /^Within its range/ }).check();
      await delivery.getByRole('button', { name: 'Delivered' }).click();
      await releaser.getByText('Delivered', { exact: true }).waitFor();
      await world().expectAccessible(releaser, 'pharmacist: delivered');

      const done = await callAs<VerifiedDispense>(
        stack,
        RELEASING_PHARMACIST,
        'pharmacy',
        'GET',
        `/v1/dispenses/${order.id}`,
      );
      expect(done.status).toBe('delivered');
      expect(done.verification.verifiedBy).toBe(VERIFYING_PHARMACIST.subject);
      expect(done.verification.acknowledgements.map((entry) => entry.code).sort()).toEqual(
        (warnings ?? []).map((warning) => warning.code).sort(),
      );
      expect(done.release.releasedBy).toBe(RELEASING_PHARMACIST.subject);
      expect(done.release.lots.map((lot) => lot.lotNumber).sort()).toEqual(
        Array.from({ length: count }, (_, index) => `E2E-LOT-${index + 1}`),
      );
      expect(done.shipment).toMatchObject({ carrier: 'UPS', trackingNumber: '1Z999AA10123456784' });
      expect(done.delivery).toMatchObject({ receivedBy: 'Maren', temperatureInRange: true });
    }, 300_000);
  });
}
