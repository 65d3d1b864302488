import { type BundleIndex, type IndexedEntry, indexEntries } from '../bundle/bundle-index';
import { errorAt, type PasIssue } from '../issues/pas-issue';
import { asRecord, type JsonRecord } from '../../fhir/json-values';
import {
  bundleShapeIssues,
  claimCountIssues,
  indexableEntries,
  notABundle,
} from './bundle-shape-check';
import { claimIssues } from './claim-check';
import { type PasOperation } from './pas-operation';
import { referenceIssues } from './reference-check';

/** A Bundle that passed the structural check: its entries indexed, its Claim first. */
export interface PasRequestBundle {
  readonly operation: PasOperation;
  readonly bundle: JsonRecord;
  readonly index: BundleIndex;
  readonly claim: IndexedEntry;
}

export type RequestBundleCheck =
  | {
      readonly valid: true;
      readonly request: PasRequestBundle;
      /** Problems that do not stop adjudication (references outside the Claim's reach). */
      readonly warnings: readonly PasIssue[];
    }
  | { readonly valid: false; readonly issues: readonly PasIssue[] };

/**
 * The structural check of what a provider sends to `Claim/$submit` or `Claim/$inquire`: every
 * problem at once, each with the FHIRPath of where it is, so one OperationOutcome can list them
 * [PAS-SPEC]. It checks the shape PAS requires and the payer reads, not every profile
 * constraint (terminology bindings, must-support) a full validator would.
 */
export function checkRequestBundle(body: unknown, operation: PasOperation): RequestBundleCheck {
  const bundle = asRecord(body);
  if (bundle?.['resourceType'] !== 'Bundle') return { valid: false, issues: [notABundle(body)] };
  const issues = bundleShapeIssues(bundle, operation);
  const entries = indexableEntries(bundle, issues);
  const claim = entries.find((entry) => entry.position === 0);
  if (claim?.resourceType !== 'Claim') {
    if (entries.length > 0 && claim)
      issues.push(
        errorAt(
          claim.expression,
          'structure',
          `the first entry must be the Claim, not a ${claim.resourceType}`,
        ),
      );
    return { valid: false, issues };
  }
  const index = indexEntries(entries);
  issues.push(...claimCountIssues(entries, operation));
  issues.push(...claimIssues(claim, index, operation));
  issues.push(...referenceIssues(index, claim));
  return issues.some((issue) => issue.severity === 'error')
    ? { valid: false, issues }
    : { valid: true, request: { operation, bundle, index, claim }, warnings: issues };
}
