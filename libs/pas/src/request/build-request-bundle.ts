// The PAS request Bundle for Claim/$submit [PAS-SPEC]: the Claim first, then every resource it
// references, transitively, each exactly once, all under urn:uuid fullUrls derived from the
// submission (the same input always builds the same bundle).
import type { Bundle, BundleEntry, ClaimItem } from 'fhir/r4';
import { PAS_PROFILES } from '../pas-vocabulary';
import { bundleIdsOf, type BundleResourceId } from './bundle-ids';
import { checkRequestInput } from './check-request-input';
import { claimItem } from './claim-item';
import { claimResource, type ClaimReferences } from './claim-resource';
import { medicationRequestResource } from './medication-request';
import {
  coverageResource,
  insurerResource,
  patientResource,
  prescriberResource,
  prescriberRoleResource,
  requestorResource,
} from './party-resources';
import type { PasPriorClaim, PasRequestInput } from './pas-request-input';
import { entry, submissionBundle } from './submission-bundle';
import { supportingInformation } from './supporting-information';
import { CERTIFICATION_CODINGS } from './x12-request-codes';

/**
 * Builds the request Bundle of one submission. Throws PasInputError naming every field the
 * profiles need and the input lacks; anything else is a programming error.
 *
 * - initial / reauthorization: a PAS Claim with the order, documents and labs.
 * - update: a PAS Claim Update that restates the prior Claim (also in the bundle), with the item
 *   flagged as changed when it differs from the prior one [PAS-SPEC spec-72..79].
 * - cancel: a PAS Claim Update with certification type 3 on the Claim and on the withdrawn item;
 *   a cancellation needs no order or evidence, so documents and labs are not sent.
 */
export function buildRequestBundle(input: PasRequestInput): Bundle {
  checkRequestInput(input);
  const idOf = bundleIdsOf(input.submissionId);

  const patient = entry(patientResource(input, idOf('patient')));
  const insurer = entry(insurerResource(input, idOf('insurer')));
  const requestor = entry(requestorResource(input, idOf('requestor')));
  const coverage = entry(
    coverageResource(input, idOf('coverage'), {
      patient: patient.fullUrl,
      insurer: insurer.fullUrl,
    }),
  );
  const prescriber = entry(prescriberResource(input.prescriber, idOf('prescriber')));
  const role = prescriberRoleResource(
    input.prescriber,
    idOf('prescriber-role'),
    prescriber.fullUrl,
  );
  const prescriberRole = role ? entry(role) : undefined;
  const refs: ClaimReferences = {
    patient: patient.fullUrl,
    coverage: coverage.fullUrl,
    insurer: insurer.fullUrl,
    requestor: requestor.fullUrl,
    ...(prescriberRole ? { prescriberRole: prescriberRole.fullUrl } : {}),
  };
  const orderOf = (
    item: PasRequestInput['item'],
    authoredOn: string,
    role: 'medication-request' | 'prior-medication-request',
  ) =>
    entry(
      medicationRequestResource(
        {
          item,
          diagnosisCode: input.diagnosisCode,
          authoredOn,
          patient: patient.fullUrl,
          prescriber: prescriber.fullUrl,
        },
        idOf(role),
      ),
    );

  const cancelling = input.certification === 'cancel';
  const order = cancelling ? undefined : orderOf(input.item, input.createdAt, 'medication-request');
  const evidence = cancelling ? [] : supportingInformation(input, idOf, patient.fullUrl);
  const prior = input.priorClaim;
  const priorEntries = prior
    ? restatePriorClaim(input, prior, {
        ids: idOf('prior-claim'),
        refs,
        order: orderOf(prior.item, prior.createdAt, 'prior-medication-request'),
      })
    : [];

  const claim = entry(
    claimResource({
      ids: idOf('claim'),
      identifier: { ...input.claimIdentifier },
      createdAt: input.createdAt,
      refs,
      diagnosisCode: input.diagnosisCode,
      item: requestedItem(input, prior, order?.fullUrl, evidence.length, refs),
      supportingInfo: evidence.map((supporting) => supporting.supportingInfo),
      ...(prior ? { updates: { reference: priorEntries[0]!.fullUrl } } : {}),
      ...(cancelling ? { certificationType: CERTIFICATION_CODINGS.cancel } : {}),
    }),
  );

  return submissionBundle(PAS_PROFILES.requestBundle, input, [
    claim,
    ...priorEntries,
    patient,
    coverage,
    insurer,
    requestor,
    ...(prescriberRole ? [prescriberRole] : []),
    prescriber,
    ...(order ? [order] : []),
    ...evidence.map((supporting) => entry(supporting.resource)),
  ]);
}

/** The item this submission asks for, flagged against the prior Claim's when there is one. */
function requestedItem(
  input: PasRequestInput,
  prior: PasPriorClaim | undefined,
  medicationRequest: string | undefined,
  evidenceCount: number,
  refs: ClaimReferences,
): ClaimItem {
  const shared = {
    item: input.item,
    planType: input.coverage.planType,
    ...(medicationRequest ? { medicationRequest } : {}),
    withCareTeam: refs.prescriberRole !== undefined,
    informationSequences: Array.from({ length: evidenceCount }, (_, index) => index + 1),
    ...(prior?.authorizationNumber ? { authorizationNumber: prior.authorizationNumber } : {}),
    ...(prior?.administrationReferenceNumber
      ? { administrationReferenceNumber: prior.administrationReferenceNumber }
      : {}),
  };
  switch (input.certification) {
    case 'initial':
    case 'reauthorization':
      return claimItem({
        ...shared,
        certificationType: CERTIFICATION_CODINGS[input.certification],
      });
    case 'cancel':
      return claimItem({
        ...shared,
        certificationType: CERTIFICATION_CODINGS.cancel,
        cancelled: true,
      });
    case 'update': {
      // An item the update leaves as it was keeps its certification and carries no change flag;
      // only entries that differ from the prior Claim are flagged [PAS-SPEC spec-78].
      const changed = !prior || !sameItem(prior.item, input.item);
      return changed
        ? claimItem({ ...shared, certificationType: CERTIFICATION_CODINGS.update, changed: true })
        : claimItem({ ...shared, certificationType: CERTIFICATION_CODINGS[prior.certification] });
    }
  }
}

/**
 * The Claim being updated, restated with its order [PAS-SPEC spec-72]. Both get fullUrls of this
 * submission: they point at this bundle's parties, so they are not byte for byte what was sent
 * before, and the payer knows the prior Claim by its identifier. Its supporting information went
 * with its own submission and is not repeated; when it was itself an update, the Claim it updated
 * is referenced by identifier only [PAS-SPEC spec-73].
 */
function restatePriorClaim(
  input: PasRequestInput,
  prior: PasPriorClaim,
  parts: {
    ids: BundleResourceId;
    refs: ClaimReferences;
    order: BundleEntry & { fullUrl: string };
  },
): (BundleEntry & { fullUrl: string })[] {
  const { refs, order } = parts;
  const claim = claimResource({
    ids: parts.ids,
    identifier: { ...prior.claimIdentifier },
    createdAt: prior.createdAt,
    refs,
    diagnosisCode: input.diagnosisCode,
    item: claimItem({
      item: prior.item,
      certificationType: CERTIFICATION_CODINGS[prior.certification],
      planType: input.coverage.planType,
      medicationRequest: order.fullUrl,
      withCareTeam: refs.prescriberRole !== undefined,
      informationSequences: [],
    }),
    supportingInfo: [],
    ...(prior.updatedClaimIdentifier
      ? { updates: { identifier: { ...prior.updatedClaimIdentifier } } }
      : {}),
  });
  return [entry(claim), order];
}

function sameItem(a: PasRequestInput['item'], b: PasRequestInput['item']): boolean {
  const ma = a.medication;
  const mb = b.medication;
  return (
    a.hcpcs === b.hcpcs &&
    a.units === b.units &&
    a.periodStart === b.periodStart &&
    a.periodEnd === b.periodEnd &&
    ma.productName === mb.productName &&
    ma.route === mb.route &&
    ma.doseGramsPerKg === mb.doseGramsPerKg &&
    ma.doseGrams === mb.doseGrams &&
    ma.infusionDays === mb.infusionDays &&
    ma.intervalDays === mb.intervalDays &&
    ma.startDate === mb.startDate
  );
}
