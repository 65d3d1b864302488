import { Injectable } from '@nestjs/common';
import { DatedZodValidationPipe } from '@infuse/http';
import { z } from 'zod';
import { AssistanceCalendar } from '../assistance-calendar';

function consentSchemaFor(today: string) {
  return z.object({
    consentedOn: z.iso
      .date()
      .refine((value) => value >= '0001-01-01', 'must be in year 1 or later')
      .refine((value) => value <= today, 'a consent cannot be given in the future')
      .describe('The day the patient consented to enrolment'),
  });
}

export type ConsentInput = z.output<ReturnType<typeof consentSchemaFor>>;

/** The body of `POST /v1/assistance-cases/:id/consent`, checked against today. */
@Injectable()
export class ConsentBodyPipe extends DatedZodValidationPipe<ReturnType<typeof consentSchemaFor>> {
  constructor(private readonly calendar: AssistanceCalendar) {
    super();
  }

  protected today(): string {
    return this.calendar.today();
  }

  protected schemaFor(today: string) {
    return consentSchemaFor(today);
  }
}
