import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { calendarDate, instant, uuid } from '../payload-primitives';
import { DISPENSE_EVENT, DISPENSE_EXAMPLE, dispenseEventFields } from './dispense-event.common';

/** Why the next dose could not be ordered. */
export const NEXT_CYCLE_HOLDS = ['no-authorization', 'order-ended'] as const;

/**
 * A dose was given, but the next one cannot be ordered: no authorization covers its days (a
 * reauthorization is needed), or the prescription's duration has ended (a renewal is needed).
 * The ids are those of the dose given; the dates are the next dose's.
 */
export const DispenseNextCycleHeld = defineEvent({
  type: 'org.infuse.dispense.next-cycle-held.v1',
  ...DISPENSE_EVENT,
  summary:
    "The next dose cannot be ordered: no authorization covers its days, or the order's duration ended.",
  schema: z.object({
    ...dispenseEventFields,
    reason: z.enum(NEXT_CYCLE_HOLDS),
    nextDoseDate: calendarDate().describe('When the next dose is due by the interval'),
    administrationDates: z.array(calendarDate()).min(1).describe('The days it would take'),
    authorizationId: uuid().optional().describe('The authorization of the dose given'),
    orderEndsOn: calendarDate().optional().describe("For order-ended: the order's last day"),
    heldAt: instant(),
  }),
  example: {
    ...DISPENSE_EXAMPLE,
    reason: 'no-authorization',
    nextDoseDate: '2027-06-14',
    administrationDates: ['2027-06-14'],
    authorizationId: '7e3a9c10-4b2d-4f6e-8a1c-9d0b2e3f4a51',
    heldAt: '2026-05-17T13:29:06-04:00',
  },
});
