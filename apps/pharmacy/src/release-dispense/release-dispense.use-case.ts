import { Inject, Injectable } from '@nestjs/common';
import { type Invocation } from '@infuse/messaging';
import { ClinicalPolicy } from '../clinical-policy';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { type DispenseSummary } from '../dispense-summary';
import { grantFor } from '../domain/authorization-grant';
import { DispenseError } from '../domain/dispense.errors';
import { checkReleaseLots, type LotInput } from '../domain/release-lots';
import { authorizationSection } from '../domain/worksheet/authorization-section';
import { PharmacyCalendar } from '../pharmacy-calendar';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';
import { pharmacySettingsConfig, type PharmacySettings } from '../pharmacy-settings.config';

/**
 * The pharmacist's final check: the lots cover the verified vials and are in date on the last
 * administration day, and the authorization, as it stands now, covers the units, the dates and
 * the code. A first dose is released by a second pharmacist (a setting, on by default).
 */
@Injectable()
export class ReleaseDispenseUseCase {
  constructor(
    private readonly runner: DispenseChangeRunner,
    private readonly clinical: ClinicalPolicy,
    private readonly calendar: PharmacyCalendar,
    @Inject(pharmacySettingsConfig.token) private readonly settings: PharmacySettings,
  ) {}

  execute(id: string, lots: readonly LotInput[], invocation: Invocation): Promise<DispenseSummary> {
    return this.runner.run(id, invocation, PHARMACY_ACTIONS.release, ({ context, stamp }) => {
      const { order } = context;
      order.requireStatus(['verified', 'reopened'], 'released');
      const { worksheet } = order.requireVerification();
      const releasedLots = checkReleaseLots(
        lots,
        worksheet,
        this.calendar.today(stamp.at),
        this.clinical.settings,
      );
      // The referral's lock is held: no other dose of it can take the same units meanwhile.
      const grant = grantFor(
        context.grants.map((balance) => balance.grant),
        order.dueOn,
        worksheet.billing.hcpcs,
      );
      const balance = context.grants.find(
        (candidate) => candidate.grant.authorizationId === grant?.authorizationId,
      );
      if (!balance)
        throw new DispenseError('DISPENSE.NOT_AUTHORIZED', 'No authorization covers this dose.', {
          codes: ['OUTSIDE_AUTHORIZED_PERIOD'],
        });
      const authorization = authorizationSection(
        balance,
        {
          productId: worksheet.product.productId,
          dispensedGrams: worksheet.vials.dispensedGrams,
          administrationDates: order.administrationDates,
        },
        this.clinical.settings,
      );
      if (authorization.releaseBlockers.length > 0)
        throw new DispenseError(
          'DISPENSE.NOT_AUTHORIZED',
          authorization.releaseBlockers.map((blocker) => blocker.message).join('; '),
          {
            codes: authorization.releaseBlockers.map((blocker) => blocker.code),
            authorizationNumber: authorization.authorizationNumber,
            remainingUnits: authorization.remainingUnits,
          },
        );
      order.releaseWith(
        {
          lots: releasedLots,
          hcpcs: worksheet.billing.hcpcs,
          units: worksheet.billing.units,
          authorizationId: authorization.authorizationId,
          authorizationNumber: authorization.authorizationNumber,
        },
        stamp,
        this.settings.PHARMACY_SECOND_PHARMACIST_FOR_FIRST_DOSE,
      );
    });
  }
}
