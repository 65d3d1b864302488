import {
  BadRequestException,
  ConflictException,
  type HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import { problemType } from '@infuse/http';
import { RequestError } from '../domain/request.errors';

/** Runs a reviewer's use case and turns its domain errors into the problem documents of /v1. */
export async function mapRequestErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RequestError) throw httpErrorFor(error);
    throw error;
  }
}

function httpErrorFor(error: RequestError): HttpException {
  const problem = (status: number, title: string) => ({
    ...error.details,
    type: problemType(error.code.toLowerCase().replace(/[._]/g, '-')),
    title,
    status,
    detail: error.message,
    code: error.code,
  });
  switch (error.code) {
    case 'REQUEST.NOT_FOUND':
      return new NotFoundException(
        problem(HttpStatus.NOT_FOUND, 'Authorization request not found'),
      );
    case 'REQUEST.NOT_PENDED':
      return new ConflictException(
        problem(HttpStatus.CONFLICT, 'Authorization request already decided'),
      );
    case 'REQUEST.UNITS_NOT_FEWER':
    case 'REQUEST.NO_UNITS_REQUESTED':
      return new BadRequestException({
        ...problem(HttpStatus.BAD_REQUEST, 'Request validation failed'),
        errors: [{ pointer: '#/units', detail: error.message }],
      });
  }
}
