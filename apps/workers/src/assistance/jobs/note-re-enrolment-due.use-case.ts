import { Injectable } from '@nestjs/common';
import { systemActor } from '@infuse/contracts';
import { ASSISTANCE_ACTIONS } from '../assistance-audit';
import { AssistanceCalendar } from '../assistance-calendar';
import { AssistanceCaseRunner } from '../assistance-case.runner';
import { reEnrolmentDue, stepOf } from '../domain/assistance-case';

/**
 * The re-enrol job: on its day, an enrolment that still stands comes due for re-enrolment (once;
 * the case then waits on the coordinator). A job early, or for an enrolment since replaced, does
 * nothing.
 */
@Injectable()
export class NoteReEnrolmentDueUseCase {
  constructor(
    private readonly runner: AssistanceCaseRunner,
    private readonly calendar: AssistanceCalendar,
  ) {}

  async execute(caseId: string, dueOn: string): Promise<void> {
    await this.runner.byId(
      caseId,
      { actor: systemActor('workers') },
      ASSISTANCE_ACTIONS.noteReEnrolmentDue,
      (assistanceCase) => {
        const step = stepOf(assistanceCase);
        if (step?.step !== 're-enrol' || step.dueOn !== dueOn || this.calendar.today() < dueOn)
          return null;
        return reEnrolmentDue(assistanceCase);
      },
    );
  }
}
