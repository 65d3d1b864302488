import {
  ConflictException,
  type HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import { problemType } from '@infuse/http';
import { ReferralError } from '../domain/referral.errors';

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export async function mapReferralErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReferralError) throw httpErrorFor(error);
    throw error;
  }
}

function httpErrorFor(error: ReferralError): HttpException {
  const problem = (status: number, title: string) => ({
    type: problemType(error.code.toLowerCase().replace(/[._]/g, '-')),
    title,
    status,
    detail: error.message,
    code: error.code,
    ...error.details,
  });
  switch (error.code) {
    case 'REFERRAL.NOT_FOUND':
      return new NotFoundException(problem(HttpStatus.NOT_FOUND, 'Referral not found'));
    case 'REFERRAL.DUPLICATE':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'An open referral already exists'));
    case 'REFERRAL.NOT_OPEN':
    case 'REFERRAL.ALREADY_ACCEPTED':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'Referral cannot change this way'));
  }
}
