import { UnreadableFhirBody } from './fhir-body-parser';
import { FhirRequestError } from './fhir-request.error';

type Json = Readonly<Record<string, unknown>>;

function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as sent, unless it could not be read. */
export function readableBody(body: unknown): unknown {
  if (body instanceof UnreadableFhirBody) throw new FhirRequestError(body.status, body.issues);
  return body;
}

/**
 * The resource an operation takes: the body itself, or the `resource` parameter of a Parameters
 * body (both are how FHIR posts an operation's single resource input).
 */
export function operationInput(body: unknown): unknown {
  const resource = readableBody(body);
  if (!isJsonObject(resource) || resource['resourceType'] !== 'Parameters') return resource;
  const parameters = Array.isArray(resource['parameter']) ? resource['parameter'] : [];
  const input = parameters.find(
    (parameter): parameter is Json => isJsonObject(parameter) && parameter['name'] === 'resource',
  );
  return input?.['resource'] ?? resource;
}
