import { Inject, Injectable } from '@nestjs/common';
import { DatedZodValidationPipe } from '@infuse/http';
import { type z } from 'zod';
import { IntakeCalendar } from '../intake-calendar';
import { intakeSettingsConfig, type IntakeSettings } from '../intake-settings.config';

/** Validates an intake body against the settings and today in the pharmacy's time zone. */
@Injectable()
export abstract class IntakeBodyPipe<
  Schema extends z.ZodType,
> extends DatedZodValidationPipe<Schema> {
  constructor(
    private readonly calendar: IntakeCalendar,
    @Inject(intakeSettingsConfig.token) protected readonly settings: IntakeSettings,
  ) {
    super();
  }

  protected today(): string {
    return this.calendar.today();
  }
}
