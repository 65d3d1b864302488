import { Inject, Injectable } from '@nestjs/common';
import { type ClinicalSettings, withClinicalSettings } from '@infuse/clinical';
import { pharmacySettingsConfig, type PharmacySettings } from './pharmacy-settings.config';

/** The clinical library's settings as this pharmacy runs them: the reference's, with its ⚙ choices. */
@Injectable()
export class ClinicalPolicy {
  readonly settings: ClinicalSettings;

  constructor(@Inject(pharmacySettingsConfig.token) pharmacy: PharmacySettings) {
    this.settings = withClinicalSettings({
      vialRoundingTolerancePercent: pharmacy.PHARMACY_VIAL_ROUNDING_TOLERANCE_PERCENT,
      baselineLabsMaxAgeDays: pharmacy.PHARMACY_BASELINE_LABS_MAX_AGE_DAYS,
      dosingWeight: { obeseWeightBasis: pharmacy.PHARMACY_OBESE_WEIGHT_BASIS },
    });
  }
}
