import { type DispenseOrder } from '../domain/dispense-order.aggregate';
import { type ReferralCopy } from '../domain/referral-copy';
import { type WorksheetResult } from '../domain/worksheet/build-worksheet';
import { type Worksheet } from '../domain/worksheet/worksheet';

const iso = (at: Date) => at.toISOString();

/** One dose as the pharmacist reads it: the order, its worksheet, and what was done to it. */
export function dispenseViewOf(
  order: DispenseOrder,
  referral: ReferralCopy,
  worksheet: WorksheetResult,
) {
  const state = order.snapshot;
  const verification = state.verification;
  const release = state.release;
  return {
    id: state.id,
    referralId: state.referralId,
    patientId: state.patientId,
    patient: {
      firstName: referral.patient.firstName,
      lastName: referral.patient.lastName,
      dateOfBirth: referral.patient.dateOfBirth,
      mrn: referral.patient.mrn ?? null,
    },
    cycle: state.cycle,
    status: state.status,
    therapy: state.therapy,
    productId: state.productId,
    administrationDates: [...state.administrationDates],
    /** Computed now from the order, pharmacy's copy of the referral and its approvals. */
    worksheet: worksheet.ok ? worksheet.worksheet : (null as Worksheet | null),
    worksheetProblem: worksheet.ok ? null : worksheet.problem,
    /** The worksheet as it was verified, unchanged since. */
    verification: verification
      ? {
          verifiedBy: verification.by,
          verifiedAt: iso(verification.at),
          productId: verification.productId,
          acknowledgements: verification.acknowledgements,
          authorizationUpdate: verification.authorizationUpdate ?? null,
          worksheet: verification.worksheet,
        }
      : null,
    release: release
      ? {
          releasedBy: release.by,
          releasedAt: iso(release.at),
          lots: release.lots,
          hcpcs: release.hcpcs,
          units: release.units,
          authorizationId: release.authorizationId,
          authorizationNumber: release.authorizationNumber,
        }
      : null,
    shipment: state.shipment
      ? {
          carrier: state.shipment.carrier,
          trackingNumber: state.shipment.trackingNumber,
          packOut: state.shipment.packOut,
          shippedBy: state.shipment.by,
          shippedAt: iso(state.shipment.at),
        }
      : null,
    delivery: state.delivery
      ? {
          receivedBy: state.delivery.receivedBy,
          temperatureInRange: state.delivery.temperatureInRange,
          recordedBy: state.delivery.by,
          recordedAt: iso(state.delivery.at),
        }
      : null,
    unusableReleases: state.unusableReleases.map((unusable) => ({
      lots: unusable.release.lots,
      releasedBy: unusable.release.by,
      receivedBy: unusable.receipt.receivedBy,
      recordedAt: iso(unusable.receipt.at),
    })),
    cancellation: state.cancellation
      ? {
          reason: state.cancellation.reason,
          cancelledBy: state.cancellation.by,
          cancelledAt: iso(state.cancellation.at),
        }
      : null,
    createdAt: iso(state.createdAt),
    updatedAt: iso(state.updatedAt),
  };
}

export type DispenseView = ReturnType<typeof dispenseViewOf>;
