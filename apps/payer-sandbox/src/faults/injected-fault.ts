/** Which PAS operation of a payer fails, and when: before it is processed, or after its answer is stored. */
export const FAULT_OPERATIONS = ['submit', 'inquire'] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];
export const FAULT_TIMINGS = ['before', 'after'] as const;
export type FaultTiming = (typeof FAULT_TIMINGS)[number];

/** Failures an administrator asked for: the next `count` calls answer `status`. */
export interface FaultRequest {
  readonly payerId: string;
  readonly operation: FaultOperation;
  readonly status: number;
  readonly count: number;
  readonly when: FaultTiming;
}
