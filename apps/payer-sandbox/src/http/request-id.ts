import { ResourceIdPipe } from '@infuse/http';

/** The id a reviewer's routes take from their path. */
export const RequestIdPipe = new ResourceIdPipe('authorization request');
