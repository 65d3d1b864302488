import { Inject, Injectable } from '@nestjs/common';
import { parseOrThrow } from '@infuse/http';
import { todayIn } from '../domain/calendar-date';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';
import { type ReferralSubmission, referralSubmissionSchema } from './referral-submission.schema';

/** Validates a submitted referral against the contract as of today in the pharmacy's zone. */
@Injectable()
export class ReferralSubmissionParser {
  private cached?: { today: string; schema: ReturnType<typeof referralSubmissionSchema> };

  constructor(@Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings) {}

  parse(body: unknown): ReferralSubmission {
    return parseOrThrow(this.schemaFor(todayIn(this.settings.PHARMACY_TIME_ZONE)), body);
  }

  // "Not in the future" depends on the date, so the schema is rebuilt when the day changes.
  private schemaFor(today: string): ReturnType<typeof referralSubmissionSchema> {
    if (this.cached?.today !== today)
      this.cached = { today, schema: referralSubmissionSchema(this.settings, today) };
    return this.cached.schema;
  }
}
