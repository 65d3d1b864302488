import { type DispenseOrder } from './domain/dispense-order.aggregate';

/** What a change to a dose answers: where it stands now. */
export interface DispenseSummary {
  id: string;
  referralId: string;
  patientId: string;
  cycle: number;
  status: string;
  productId: string;
  administrationDates: string[];
  updatedAt: string;
}

export function summaryOf(order: DispenseOrder): DispenseSummary {
  const state = order.snapshot;
  return {
    id: state.id,
    referralId: state.referralId,
    patientId: state.patientId,
    cycle: state.cycle,
    status: state.status,
    productId: state.productId,
    administrationDates: [...state.administrationDates],
    updatedAt: state.updatedAt.toISOString(),
  };
}
