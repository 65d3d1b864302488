import {
  ConflictException,
  ForbiddenException,
  type HttpException,
  HttpStatus,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { type FieldProblem, problemType } from '@infuse/http';
import { DispenseError } from '../domain/dispense.errors';

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export async function mapDispenseErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DispenseError) throw httpErrorFor(error);
    throw error;
  }
}

function httpErrorFor(error: DispenseError): HttpException {
  const { fieldErrors, ...details } = error.details as {
    fieldErrors?: FieldProblem[];
    [detail: string]: unknown;
  };
  // The details first: none of them may take the place of the problem's own members.
  const problem = (status: number, title: string, code: string = error.code) => ({
    ...details,
    type: problemType(code.toLowerCase().replace(/[._]/g, '-')),
    title,
    status,
    detail: error.message,
    code,
    ...(fieldErrors ? { errors: fieldErrors } : {}),
  });
  switch (error.code) {
    case 'DISPENSE.NOT_FOUND':
      return new NotFoundException(problem(HttpStatus.NOT_FOUND, 'Dispense not found'));
    case 'DISPENSE.ILLEGAL_TRANSITION':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'Dispense cannot change this way'));
    case 'DISPENSE.HARD_STOP':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'A hard stop blocks verification'));
    case 'DISPENSE.WORKSHEET_UNAVAILABLE':
      return new ConflictException(
        problem(HttpStatus.CONFLICT, 'The worksheet cannot be computed for this dose'),
      );
    case 'DISPENSE.NOT_AUTHORIZED': {
      // The clinical library's code names the rule: EXCEEDS_AUTHORIZED_UNITS,
      // OUTSIDE_AUTHORIZED_PERIOD or HCPCS_NOT_AUTHORIZED.
      const [code] = (details['codes'] as string[] | undefined) ?? [error.code];
      return new ConflictException(
        problem(HttpStatus.CONFLICT, 'The authorization does not cover this dose', code),
      );
    }
    case 'DISPENSE.NO_NEXT_CYCLE':
      return new ConflictException(problem(HttpStatus.CONFLICT, 'No next cycle'));
    case 'DISPENSE.SECOND_PHARMACIST_REQUIRED':
      return new ForbiddenException(
        problem(HttpStatus.FORBIDDEN, 'A second pharmacist must release a first dose'),
      );
    case 'DISPENSE.ACKNOWLEDGEMENT_MISSING':
    case 'DISPENSE.ACKNOWLEDGEMENT_UNKNOWN':
      return new UnprocessableEntityException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'Warnings must be acknowledged'),
      );
    case 'DISPENSE.PRODUCT_NOT_DISPENSABLE':
      return new UnprocessableEntityException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'The product cannot be dispensed for this order'),
      );
    case 'DISPENSE.PACKED_IN_FUTURE':
      return new UnprocessableEntityException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'The pack-out cannot have been packed yet'),
      );
    case 'DISPENSE.LOTS_DO_NOT_MATCH':
    case 'DISPENSE.LOT_NOT_USABLE':
      return new UnprocessableEntityException(
        problem(HttpStatus.UNPROCESSABLE_ENTITY, 'The lots cannot be released'),
      );
  }
}
