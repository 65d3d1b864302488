import { HttpException } from '@nestjs/common';
import { type FieldProblem, type ProblemDocument, problemType } from './problem-document';

/**
 * A rule of a service's domain was broken: a stable code (`REFERRAL.NOT_FOUND`), a message for
 * the client, and details the problem document carries. Details may name the bad fields as
 * `fieldErrors`, which become the document's `errors`.
 */
export interface DomainError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** How one domain error reads over HTTP. */
export interface DomainProblem {
  status: number;
  title: string;
  /** The code (and problem type) to answer with, when it is not the error's own. */
  code?: string;
  /** The fields at fault, when the error's details do not name them. */
  errors?: FieldProblem[];
}

/**
 * Returns a function that runs a use case and turns the domain errors of the given class into
 * the problem documents clients get, as `problemOf` says; any other error passes through.
 */
export function domainErrorMapper<Failure extends DomainError>(
  errorClass: abstract new (...args: never[]) => Failure,
  problemOf: (error: Failure) => DomainProblem,
): <T>(work: () => Promise<T>) => Promise<T> {
  return async (work) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof errorClass) {
        const problem = problemForDomainError(error, problemOf(error));
        throw new HttpException(problem, problem.status);
      }
      throw error;
    }
  };
}

export function problemForDomainError(error: DomainError, how: DomainProblem): ProblemDocument {
  const { fieldErrors, ...details } = error.details as {
    fieldErrors?: FieldProblem[];
    [detail: string]: unknown;
  };
  const code = how.code ?? error.code;
  const errors = how.errors ?? fieldErrors;
  // The details first: they add to the problem document and never replace its own members.
  return {
    ...details,
    type: problemType(code.toLowerCase().replace(/[._]/g, '-')),
    title: how.title,
    status: how.status,
    detail: error.message,
    code,
    ...(errors ? { errors } : {}),
  };
}
