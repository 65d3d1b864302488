import { ResourceIdPipe } from '@infuse/http';

/** The visit id of a path; a malformed one is a 404 like any unknown id. */
export const VisitIdPipe = new ResourceIdPipe('visit');
