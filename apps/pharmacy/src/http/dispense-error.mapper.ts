import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import { DispenseError, type DispenseErrorCode } from '../domain/dispense.errors';

const DISPENSE_PROBLEMS: Record<DispenseErrorCode, DomainProblem> = {
  'DISPENSE.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Dispense not found' },
  'DISPENSE.ILLEGAL_TRANSITION': {
    status: HttpStatus.CONFLICT,
    title: 'Dispense cannot change this way',
  },
  'DISPENSE.HARD_STOP': { status: HttpStatus.CONFLICT, title: 'A hard stop blocks verification' },
  'DISPENSE.WORKSHEET_UNAVAILABLE': {
    status: HttpStatus.CONFLICT,
    title: 'The worksheet cannot be computed for this dose',
  },
  'DISPENSE.NOT_AUTHORIZED': {
    status: HttpStatus.CONFLICT,
    title: 'The authorization does not cover this dose',
  },
  'DISPENSE.SECOND_PHARMACIST_REQUIRED': {
    status: HttpStatus.FORBIDDEN,
    title: 'A second pharmacist must release a first dose',
  },
  'DISPENSE.ACKNOWLEDGEMENT_MISSING': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'Warnings must be acknowledged',
  },
  'DISPENSE.ACKNOWLEDGEMENT_UNKNOWN': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'Warnings must be acknowledged',
  },
  'DISPENSE.PRODUCT_NOT_DISPENSABLE': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The product cannot be dispensed for this order',
  },
  'DISPENSE.PACKED_IN_FUTURE': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The pack-out cannot have been packed yet',
  },
  'DISPENSE.LOTS_DO_NOT_MATCH': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The lots cannot be released',
  },
  'DISPENSE.LOT_NOT_USABLE': {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: 'The lots cannot be released',
  },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapDispenseErrors = domainErrorMapper(DispenseError, (error) => {
  const problem = DISPENSE_PROBLEMS[error.code];
  if (error.code !== 'DISPENSE.NOT_AUTHORIZED') return problem;
  // The clinical library's code names the rule: EXCEEDS_AUTHORIZED_UNITS,
  // OUTSIDE_AUTHORIZED_PERIOD or HCPCS_NOT_AUTHORIZED.
  const [code] = (error.details['codes'] as string[] | undefined) ?? [error.code];
  return { ...problem, code };
});
