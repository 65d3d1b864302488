import { Injectable } from '@nestjs/common';
import { IntakeBodyPipe } from '../http/intake-body.pipe';
import { labSchema } from '../http/intake-fields';

/** The body of `POST /v1/referrals/:id/labs`: one lab result. */
@Injectable()
export class LabBodyPipe extends IntakeBodyPipe<ReturnType<typeof labSchema>> {
  protected schemaFor(today: string) {
    return labSchema(this.settings, today);
  }
}
