import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import { VisitError, type VisitErrorCode } from '../domain/visit.errors';

const VISIT_PROBLEMS: Record<VisitErrorCode, DomainProblem> = {
  'VISIT.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Visit not found' },
  'VISIT.NOTE_SIGNED': { status: HttpStatus.CONFLICT, title: 'The note is signed' },
  'VISIT.CLOSED': { status: HttpStatus.CONFLICT, title: 'The visit cannot change any more' },
  'VISIT.NURSE_UNKNOWN': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'No active nurse with this id',
  },
  'VISIT.DATE_IN_PAST': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'A visit cannot be moved to a past day',
  },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapVisitErrors = domainErrorMapper(VisitError, (error) => VISIT_PROBLEMS[error.code]);
