import {
  ConflictException,
  type HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import { problemType } from '@infuse/http';
import { AuthorizationError } from '../domain/authorization.errors';

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export async function mapAuthorizationErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthorizationError) throw httpErrorFor(error);
    throw error;
  }
}

export function httpErrorFor(error: AuthorizationError): HttpException {
  // The details first: they add to the problem document and never replace its own members.
  const problem = (status: number, title: string) => ({
    ...error.details,
    type: problemType(error.code.toLowerCase().replace(/[._]/g, '-')),
    title,
    status,
    detail: error.message,
    code: error.code,
  });

  switch (error.code) {
    case 'AUTHORIZATION.NOT_FOUND':
      return new NotFoundException(
        problem(HttpStatus.NOT_FOUND, 'Authorization request not found'),
      );
    case 'AUTHORIZATION.ILLEGAL_TRANSITION':
      return new ConflictException(
        problem(HttpStatus.CONFLICT, 'The request cannot change this way now'),
      );
    case 'AUTHORIZATION.NOT_READY':
      return new ConflictException(
        problem(HttpStatus.CONFLICT, 'The request cannot be sent as it stands'),
      );
    case 'AUTHORIZATION.NO_CHANGE':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'Nothing to change'));
  }
}
