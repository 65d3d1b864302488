import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import { RequestError, type RequestErrorCode } from '../domain/request.errors';

const REQUEST_PROBLEMS: Record<RequestErrorCode, DomainProblem> = {
  'REQUEST.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Authorization request not found' },
  'REQUEST.NOT_PENDED': {
    status: HttpStatus.CONFLICT,
    title: 'Authorization request already decided',
  },
  'REQUEST.UNITS_NOT_FEWER': { status: HttpStatus.BAD_REQUEST, title: 'Request validation failed' },
  'REQUEST.NO_UNITS_REQUESTED': {
    status: HttpStatus.BAD_REQUEST,
    title: 'Request validation failed',
  },
};

/** Runs a reviewer's use case and turns its domain errors into the problem documents of /v1. */
export const mapRequestErrors = domainErrorMapper(RequestError, (error) => {
  const problem = REQUEST_PROBLEMS[error.code];
  switch (error.code) {
    case 'REQUEST.UNITS_NOT_FEWER':
    case 'REQUEST.NO_UNITS_REQUESTED':
      // Both refuse the one field of the decision the reviewer sent.
      return { ...problem, errors: [{ pointer: '#/units', detail: error.message }] };
    case 'REQUEST.NOT_FOUND':
    case 'REQUEST.NOT_PENDED':
      return problem;
  }
});
