import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper, ResourceIdPipe } from '@infuse/http';
import { FollowUpError, type FollowUpErrorCode } from '../domain/follow-up.errors';

const FOLLOW_UP_PROBLEMS: Record<FollowUpErrorCode, DomainProblem> = {
  'FOLLOW_UP.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Follow-up not found' },
  'FOLLOW_UP.CLOSED': { status: HttpStatus.CONFLICT, title: 'The follow-up is already closed' },
  'FOLLOW_UP.NOT_YOURS': {
    status: HttpStatus.FORBIDDEN,
    title: 'Pharmacists work the clinical follow-ups only',
  },
  'FOLLOW_UP.SNOOZE_NOT_LATER': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'A follow-up can only be snoozed to a later time',
    errors: [{ pointer: '/until', detail: 'must be later than now' }],
  },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapFollowUpErrors = domainErrorMapper(
  FollowUpError,
  (error) => FOLLOW_UP_PROBLEMS[error.code],
);

/** The `:id` of a follow-up route: a malformed id is a task that does not exist (404). */
export const FollowUpIdPipe = new ResourceIdPipe('follow-up');
