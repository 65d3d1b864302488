import { Injectable } from '@nestjs/common';
import { IntakeBodyPipe } from '../http/intake-body.pipe';
import { referralSubmissionSchema } from './referral-submission.schema';

/** The body of `POST /v1/referrals`, as a referral input. */
@Injectable()
export class SubmissionBodyPipe extends IntakeBodyPipe<
  ReturnType<typeof referralSubmissionSchema>
> {
  protected schemaFor(today: string) {
    return referralSubmissionSchema(this.settings, today);
  }
}
