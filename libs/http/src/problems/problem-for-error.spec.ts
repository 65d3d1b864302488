import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  NotFoundException,
} from '@nestjs/common';
import { z } from 'zod';
import { MalformedJsonError } from '../validation/malformed-json.error';
import { parseOrThrow } from '../validation/zod-validation.pipe';
import { problemForError } from './problem-for-error';

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('problemForError', () => {
  it('lists every invalid field with a pointer for a validation error', () => {
    const schema = z.object({
      order: z.object({ intervalDays: z.number().int().max(90) }),
      therapy: z.enum(['IVIG', 'SCIG']),
    });
    const problem = problemForError(
      thrownBy(() => parseOrThrow(schema, { order: { intervalDays: 120 }, therapy: 'PLASMA' })),
    );
    expect(problem).toMatchObject({ type: 'urn:infuse:problem:validation', status: 400 });
    expect(
      problem.errors?.map((error) => ('pointer' in error ? error.pointer : undefined)),
    ).toEqual(['#/order/intervalDays', '#/therapy']);
  });

  it('points at the whole body when it is not JSON', () => {
    expect(problemForError(new MalformedJsonError('invalid'))).toMatchObject({
      status: 400,
      title: 'Malformed JSON',
      errors: [{ pointer: '#' }],
    });
  });

  it.each([
    [new ForbiddenException('not for nurses'), 403, 'Forbidden', 'not for nurses'],
    [new NotFoundException('No referral 1.'), 404, 'Not Found', 'No referral 1.'],
    [new BadRequestException(), 400, 'Bad Request', 'Bad Request'],
    [new HttpException('slow down', 429), 429, 'Too Many Requests', 'slow down'],
  ])('maps %s to its status', (error, status, title, detail) => {
    expect(problemForError(error)).toEqual({ type: 'about:blank', status, title, detail });
  });

  it('maps a framework client error such as an oversized body to its own status', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    expect(problemForError(tooLarge)).toMatchObject({ status: 413, title: 'Payload Too Large' });
  });

  it('reveals nothing of an unexpected error but its status', () => {
    const problem = problemForError(new Error('duplicate key (mrn)=(MRN-20481)'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('MRN-20481');
  });
});
