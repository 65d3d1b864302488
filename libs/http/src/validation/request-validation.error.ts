import { type FieldProblem } from '../problems/problem-document';

/** The request body, query or parameters failed validation; answered 400 with each field. */
export class RequestValidationError extends Error {
  constructor(readonly fieldProblems: FieldProblem[]) {
    super(`${fieldProblems.length} invalid field(s)`);
    this.name = 'RequestValidationError';
  }
}
