import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import { AuthorizationError, type AuthorizationErrorCode } from '../domain/authorization.errors';

const AUTHORIZATION_PROBLEMS: Record<AuthorizationErrorCode, DomainProblem> = {
  'AUTHORIZATION.NOT_FOUND': {
    status: HttpStatus.NOT_FOUND,
    title: 'Authorization request not found',
  },
  'AUTHORIZATION.ILLEGAL_TRANSITION': {
    status: HttpStatus.CONFLICT,
    title: 'The request cannot change this way now',
  },
  'AUTHORIZATION.NOT_READY': {
    status: HttpStatus.CONFLICT,
    title: 'The request cannot be sent as it stands',
  },
  'AUTHORIZATION.NO_CHANGE': { status: HttpStatus.CONFLICT, title: 'Nothing to change' },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapAuthorizationErrors = domainErrorMapper(
  AuthorizationError,
  (error) => AUTHORIZATION_PROBLEMS[error.code],
);
