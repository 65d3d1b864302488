import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { actor, calendarDate, instant } from '../payload-primitives';
import { reactionSchema, VISIT_EVENT, VISIT_EXAMPLE, visitEventFields } from './visit-event.common';

/** Where the nurse was, from the device, at check-in or check-out. */
const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracyMeters: z.number().nonnegative().optional(),
});

/**
 * The six elements of electronic visit verification (21st Century Cures Act § 12006): the type
 * of service, the patient, the date, the location, the nurse, and the times in and out.
 */
const evvSchema = z.object({
  serviceType: z
    .string()
    .min(1)
    .max(200)
    .describe('The service given: home infusion nursing, with the therapy'),
  patientId: z.uuid(),
  date: calendarDate(),
  location: z.object({ arrived: locationSchema, departed: locationSchema }),
  nurseId: z.string().min(1),
  timeIn: instant(),
  timeOut: instant(),
});

/** A lot as given: vials used, returned unopened, or wasted. */
const lotUseSchema = z.object({
  lotNumber: z.string().min(1).max(64),
  vialsUsed: z.number().int().nonnegative(),
  vialsReturned: z.number().int().nonnegative(),
  vialsWasted: z.number().int().nonnegative(),
});

/**
 * The visit's note was signed: the infusion day is on record. The last day of a dose carries the
 * next dose date by the clinical library's rule, which pharmacy opens the next cycle on.
 */
export const VisitCompleted = defineEvent({
  type: 'org.infuse.visit.completed.v1',
  ...VISIT_EVENT,
  summary:
    'The nurse signed the visit note: grams given, lots, times, reactions, EVV, and the next dose date.',
  schema: z.object({
    ...visitEventFields,
    nurseId: actor(),
    lastDayOfCycle: z.boolean().describe('True on the last infusion day of the dose'),
    gramsGiven: z.number().nonnegative(),
    infusion: z.object({
      startedAt: instant().describe("The nurse's device time"),
      endedAt: instant().describe("The nurse's device time"),
      volumeMl: z.number().nonnegative(),
      partial: z.boolean().describe('True when less than the planned volume was given'),
    }),
    lots: z.array(lotUseSchema).min(1),
    reactions: z.array(reactionSchema),
    weightKg: z.number().positive().optional().describe('Weight taken at the visit'),
    weightFlag: z
      .object({ dosingWeightKg: z.number().positive(), differencePercent: z.number() })
      .optional()
      .describe('Set when the weight differs from the dosing weight by more than 10 %'),
    nextDoseDate: calendarDate().describe(
      'The next dose by the clinical library: interval after the first day of this dose',
    ),
    evv: evvSchema,
    completedAt: instant().describe('When the nurse signed the note'),
  }),
  example: {
    ...VISIT_EXAMPLE,
    nurseId: 'rn-12',
    lastDayOfCycle: true,
    gramsGiven: 35,
    infusion: {
      startedAt: '2026-12-07T09:41:30-05:00',
      endedAt: '2026-12-07T12:15:30-05:00',
      volumeMl: 350,
      partial: false,
    },
    lots: [
      { lotNumber: 'P100294871', vialsUsed: 1, vialsReturned: 0, vialsWasted: 0 },
      { lotNumber: 'P100294872', vialsUsed: 1, vialsReturned: 0, vialsWasted: 0 },
      { lotNumber: 'P100288105', vialsUsed: 1, vialsReturned: 0, vialsWasted: 0 },
    ],
    reactions: [
      {
        grade: 1,
        symptoms: ['headache'],
        action: 'slowed',
        at: '2026-12-07T10:44:00-05:00',
      },
    ],
    weightKg: 71.8,
    nextDoseDate: '2026-12-28',
    evv: {
      serviceType: 'home infusion nursing, IVIG',
      patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10',
      date: '2026-12-07',
      location: {
        arrived: { latitude: 39.7817, longitude: -89.6501, accuracyMeters: 12 },
        departed: { latitude: 39.7818, longitude: -89.6502, accuracyMeters: 9 },
      },
      nurseId: 'rn-12',
      timeIn: '2026-12-07T09:02:11-05:00',
      timeOut: '2026-12-07T13:31:48-05:00',
    },
    completedAt: '2026-12-07T13:29:05-05:00',
  },
});
