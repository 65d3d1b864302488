import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import {
  AssistanceCaseError,
  type AssistanceCaseErrorCode,
} from '../domain/assistance-case.errors';

const CASE_PROBLEMS: Record<AssistanceCaseErrorCode, DomainProblem> = {
  'ASSISTANCE_CASE.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Assistance case not found' },
  'ASSISTANCE_CASE.CLOSED': { status: HttpStatus.CONFLICT, title: 'The assistance case is closed' },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapCaseErrors = domainErrorMapper(
  AssistanceCaseError,
  (error) => CASE_PROBLEMS[error.code],
);
