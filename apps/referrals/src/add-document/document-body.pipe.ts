import { Inject, Injectable } from '@nestjs/common';
import { ZodValidationPipe } from '@infuse/http';
import { documentSchema } from '../http/intake-fields';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';

/** The body of `POST /v1/referrals/:id/documents`: one document, contents in base64. */
@Injectable()
export class DocumentBodyPipe extends ZodValidationPipe<ReturnType<typeof documentSchema>> {
  constructor(@Inject(intakeSettingsConfig.token) settings: IntakeSettings) {
    super(documentSchema(settings));
  }
}
