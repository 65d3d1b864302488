import { HttpException, HttpStatus } from '@nestjs/common';
import { domainErrorMapper } from './domain-error.mapper';

class ParcelError extends Error {
  constructor(
    readonly code: 'PARCEL.NOT_FOUND' | 'PARCEL.LOST' | 'PARCEL.BAD_WEIGHT',
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const mapParcelErrors = domainErrorMapper(ParcelError, (error) => {
  switch (error.code) {
    case 'PARCEL.NOT_FOUND':
      return { status: HttpStatus.NOT_FOUND, title: 'Parcel not found' };
    case 'PARCEL.LOST':
      return { status: HttpStatus.CONFLICT, title: 'Parcel lost', code: 'CARRIER.LOST' };
    case 'PARCEL.BAD_WEIGHT':
      return {
        status: HttpStatus.BAD_REQUEST,
        title: 'Request validation failed',
        errors: [{ pointer: '#/weight', detail: error.message }],
      };
  }
});

async function rejectionOf(work: () => Promise<unknown>): Promise<unknown> {
  return mapParcelErrors(work).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('domainErrorMapper', () => {
  it("passes the use case's result through", async () => {
    await expect(mapParcelErrors(() => Promise.resolve(7))).resolves.toBe(7);
  });

  it('answers a domain error with its problem document, the details adding members', async () => {
    const error = await rejectionOf(() =>
      Promise.reject(
        new ParcelError('PARCEL.NOT_FOUND', 'No parcel 9.', { parcelId: '9', status: 'x' }),
      ),
    );
    expect(error).toBeInstanceOf(HttpException);
    expect((error as HttpException).getStatus()).toBe(404);
    expect((error as HttpException).getResponse()).toEqual({
      parcelId: '9',
      type: 'urn:infuse:problem:parcel-not-found',
      title: 'Parcel not found',
      status: 404,
      detail: 'No parcel 9.',
      code: 'PARCEL.NOT_FOUND',
    });
  });

  it('answers with a code of its own and the fields the details name', async () => {
    const fieldErrors = [{ pointer: '/route', detail: 'unknown' }];
    const error = await rejectionOf(() =>
      Promise.reject(new ParcelError('PARCEL.LOST', 'Lost.', { fieldErrors })),
    );
    expect((error as HttpException).getResponse()).toEqual({
      type: 'urn:infuse:problem:carrier-lost',
      title: 'Parcel lost',
      status: 409,
      detail: 'Lost.',
      code: 'CARRIER.LOST',
      errors: fieldErrors,
    });
  });

  it('names the fields the mapping gives', async () => {
    const error = await rejectionOf(() =>
      Promise.reject(new ParcelError('PARCEL.BAD_WEIGHT', 'Too heavy.')),
    );
    expect((error as HttpException).getResponse()).toMatchObject({
      status: 400,
      errors: [{ pointer: '#/weight', detail: 'Too heavy.' }],
    });
  });

  it('lets any other error through untouched', async () => {
    const other = new Error('database down');
    await expect(rejectionOf(() => Promise.reject(other))).resolves.toBe(other);
  });
});
