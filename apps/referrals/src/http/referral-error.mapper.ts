import { HttpStatus } from '@nestjs/common';
import { type DomainProblem, domainErrorMapper } from '@infuse/http';
import { ReferralError, type ReferralErrorCode } from '../domain/referral.errors';

const REFERRAL_PROBLEMS: Record<ReferralErrorCode, DomainProblem> = {
  'REFERRAL.NOT_FOUND': { status: HttpStatus.NOT_FOUND, title: 'Referral not found' },
  'REFERRAL.DUPLICATE': { status: HttpStatus.CONFLICT, title: 'An open referral already exists' },
  'REFERRAL.NOT_OPEN': { status: HttpStatus.CONFLICT, title: 'Referral cannot change this way' },
  'REFERRAL.ALREADY_ACCEPTED': {
    status: HttpStatus.CONFLICT,
    title: 'Referral cannot change this way',
  },
};

/** Runs a use case and turns its domain errors into the problem documents clients get. */
export const mapReferralErrors = domainErrorMapper(
  ReferralError,
  (error) => REFERRAL_PROBLEMS[error.code],
);
