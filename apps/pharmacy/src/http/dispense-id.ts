import { ResourceIdPipe } from '@infuse/http';

/** The dispense id of a path; a malformed one is a 404 like any unknown id. */
export const DispenseIdPipe = new ResourceIdPipe('dispense');
