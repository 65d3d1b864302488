import { type DispenseReleased, type EventData } from '@infuse/contracts';
import { type DispenseOrder } from '../domain/dispense-order.aggregate';

type Released = EventData<typeof DispenseReleased>;

/**
 * What the nurse and the workers need to give the dose and follow it up, read from the worksheet
 * as the pharmacist verified it and the lots she released: nothing recomputed.
 */
export function releasedEventOf(
  order: DispenseOrder,
  ids: Pick<Released, 'dispenseId' | 'referralId' | 'patientId' | 'cycle'>,
  releasedAt: string,
): Released {
  const verification = order.requireVerification();
  const release = order.requireRelease();
  const { worksheet } = verification;
  const plan = worksheet.infusionPlan;
  // A worksheet without a plan carries a stop finding, so it can never have been verified.
  if (!plan) throw new Error(`verified dispense ${ids.dispenseId} has no infusion plan`);
  return {
    ...ids,
    diagnosisCode: worksheet.indication.diagnosisCode,
    indication: worksheet.indication.indication,
    product: {
      productId: worksheet.product.productId,
      brandName: worksheet.product.brandName,
      manufacturer: worksheet.product.manufacturer,
      concentrationPercent: worksheet.product.concentrationPercent,
    },
    hcpcs: release.hcpcs,
    units: release.units,
    authorizationNumber: release.authorizationNumber,
    doseGramsPerKg: worksheet.dose.doseGramsPerKg,
    dosingWeightKg: worksheet.dosingWeight.dosingWeightKg,
    dosingWeightBasis: worksheet.dosingWeight.basis,
    gramsPerInfusionDay: worksheet.vials.dispensedGramsPerInfusionDay,
    administrationDates: [...worksheet.administrationDates],
    lots: [...release.lots],
    infusionPlan: {
      route: plan.route,
      steps: plan.steps.map((step) => ({
        step: step.step,
        startMinute: step.startMinute,
        durationMinutes: step.durationMinutes,
        mlPerHour: step.mlPerHour,
        ...(step.mgPerKgMin !== undefined ? { mgPerKgMin: step.mgPerKgMin } : {}),
      })),
      maxMlPerHour: plan.maxMlPerHour,
      ...(plan.maxMgPerKgMin !== undefined ? { maxMgPerKgMin: plan.maxMgPerKgMin } : {}),
      ...(plan.rateCap
        ? {
            rateCap: {
              mgPerKgMin: plan.rateCap.mgPerKgMin,
              inclusive: plan.rateCap.inclusive,
              reason: plan.rateCap.reason,
            },
          }
        : {}),
      ...(plan.sites !== undefined ? { sites: plan.sites } : {}),
      totalVolumeMl: plan.totalVolumeMl,
      infusionMinutes: plan.infusionMinutes,
      sources: [...plan.sources],
    },
    premedication: {
      advice: worksheet.premedication.advice,
      routine: worksheet.premedication.routine,
      sources: [...worksheet.premedication.sources],
    },
    observationMinutes: worksheet.observationMinutes,
    monitoring: worksheet.monitoring.map((task) => ({
      code: task.code,
      description: task.description,
      timing: task.timing,
      ...(task.windowHoursAfterEnd ? { windowHoursAfterEnd: { ...task.windowHoursAfterEnd } } : {}),
      ...(task.durationMinutes !== undefined ? { durationMinutes: task.durationMinutes } : {}),
      sources: [...task.sources],
    })),
    verifiedBy: verification.by,
    releasedBy: release.by,
    releasedAt,
  };
}
