import { Inject, Injectable } from '@nestjs/common';
import { parseOrThrow } from '@infuse/http';
import { todayIn } from '../domain/calendar-date';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
import {
  labSchema,
  type ReferralLabInput,
  type ReferralSubmission,
  referralSubmissionSchema,
} from './referral-submission.schema';

interface SchemasOfTheDay {
  today: string;
  submission: ReturnType<typeof referralSubmissionSchema>;
  lab: ReturnType<typeof labSchema>;
}

/** Validates submitted referrals and labs against the contract as of today in the pharmacy's zone. */
@Injectable()
export class ReferralSubmissionParser {
  private cached?: SchemasOfTheDay;

  constructor(@Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings) {}

  parse(body: unknown): ReferralSubmission {
    return parseOrThrow(this.schemas().submission, body);
  }

  parseLab(body: unknown): ReferralLabInput {
    return parseOrThrow(this.schemas().lab, body);
  }

  // "Not in the future" depends on the date, so the schemas are rebuilt when the day changes.
  private schemas(): SchemasOfTheDay {
    const today = todayIn(this.settings.PHARMACY_TIME_ZONE);
    if (this.cached?.today !== today) {
      this.cached = {
        today,
        submission: referralSubmissionSchema(this.settings, today),
        lab: labSchema(today),
      };
    }
    return this.cached;
  }
}
