import { HttpException, HttpStatus } from '@nestjs/common';
import { MalformedJsonError } from '../validation/malformed-json.error';
import { RequestValidationError } from '../validation/request-validation.error';
import { type ProblemDocument, problemType } from './problem-document';
import { titleOf } from './status-titles';

interface FrameworkError {
  statusCode?: unknown;
  message?: unknown;
}

/**
 * Maps anything thrown while serving a request to the problem document the client receives.
 * Nothing of an unexpected error reaches the client but its status: no message, no stack.
 */
export function problemForError(error: unknown): ProblemDocument {
  if (error instanceof RequestValidationError) {
    return {
      type: problemType('validation'),
      title: 'Request validation failed',
      status: HttpStatus.BAD_REQUEST,
      detail: 'One or more fields are invalid; see errors.',
      errors: error.fieldProblems,
    };
  }
  if (error instanceof MalformedJsonError) {
    return {
      type: problemType('malformed-json'),
      title: 'Malformed JSON',
      status: HttpStatus.BAD_REQUEST,
      detail: error.message,
      errors: [{ pointer: '#', detail: error.message }],
    };
  }
  if (error instanceof HttpException) return problemForHttpException(error);
  const framework = frameworkClientError(error);
  if (framework) return framework;
  if (isDataException(error)) {
    // A value the request carried that PostgreSQL cannot hold. Validation should have caught
    // it; answer 400 rather than 500, without repeating the value.
    return {
      type: problemType('unacceptable-value'),
      title: 'Unacceptable value',
      status: HttpStatus.BAD_REQUEST,
      detail: 'A value in the request cannot be stored.',
    };
  }
  return {
    type: 'about:blank',
    title: titleOf(HttpStatus.INTERNAL_SERVER_ERROR),
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    detail: 'An unexpected error occurred. Quote the request id when reporting it.',
  };
}

function problemForHttpException(error: HttpException): ProblemDocument {
  const status = error.getStatus();
  const response = error.getResponse();
  if (isProblemDocument(response)) return response;
  return {
    type: 'about:blank',
    title: titleOf(status),
    status,
    detail: detailOf(response, error.message),
  };
}

/** Errors Fastify raises before a route runs: oversized or unsupported bodies. */
function frameworkClientError(error: unknown): ProblemDocument | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, message } = error as FrameworkError;
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  return {
    type: 'about:blank',
    title: titleOf(statusCode),
    status: statusCode,
    detail: typeof message === 'string' ? message : undefined,
  };
}

function detailOf(response: string | object, fallback: string): string {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return fallback;
}

function isProblemDocument(value: unknown): value is ProblemDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    'status' in value &&
    'title' in value
  );
}

/** PostgreSQL error class 22, "data exception": an invalid value, not a fault of the service. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
