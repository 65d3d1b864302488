// The fullUrl of every resource in a PAS bundle: urn:uuid, a name-based UUID of the submission and
// the resource's role in it. PAS wants GUIDs unique across submissions [PAS-SPEC spec-20/21], and
// building the same input twice must give the same bundle, so the UUID is derived, never random.
import { nameBasedUuid, PAS_BUNDLE_NAMESPACE } from './name-based-uuid';

/** What a resource is to the request; one resource per role and submission. */
export type ResourceRole =
  | 'claim'
  | 'prior-claim'
  | 'patient'
  | 'coverage'
  | 'insurer'
  | 'requestor'
  | 'prescriber'
  | 'prescriber-role'
  | 'medication-request'
  | 'prior-medication-request'
  | `document/${string}`
  | `lab/${number}`;

export interface BundleResourceId {
  readonly id: string;
  readonly fullUrl: string;
}

/** The ids of one submission's resources. */
export function bundleIdsOf(submissionId: string): (role: ResourceRole) => BundleResourceId {
  return (role) => {
    const id = nameBasedUuid(PAS_BUNDLE_NAMESPACE, `${submissionId}/${role}`);
    return { id, fullUrl: `urn:uuid:${id}` };
  };
}
