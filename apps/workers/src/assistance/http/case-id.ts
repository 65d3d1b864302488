import { ResourceIdPipe } from '@infuse/http';

/** The case id of a path; a malformed one is a 404 like any unknown id. */
export const CaseIdPipe = new ResourceIdPipe('assistance case');
