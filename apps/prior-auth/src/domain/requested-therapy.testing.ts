import { type RequestedTherapy } from './requested-therapy';

/**
 * The contract fixture's patient planned for Privigen over 6 months: 7 doses of 35.6 g, 72 units
 * each (requested-therapy.spec.ts shows how the planner arrives at it).
 */
export const PRIVIGEN_THERAPY: RequestedTherapy = {
  productId: 'privigen',
  productName: 'Privigen',
  hcpcs: 'J1459',
  route: 'IV',
  doseGramsPerKg: 0.5,
  dosingWeightKg: 71.2,
  doseGrams: 35.6,
  unitsPerDose: 72,
  infusionDays: 1,
  intervalDays: 28,
  firstDoseDate: '2026-12-07',
  periodStart: '2026-12-07',
  periodEnd: '2027-06-06',
  doses: 7,
  requestedUnits: 504,
};
