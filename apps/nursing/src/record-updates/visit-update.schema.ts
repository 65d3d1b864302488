import { REACTION_ACTIONS } from '@infuse/contracts';
import { z } from 'zod';
import { type VisitUpdate } from '@infuse/contracts';

const text = (max: number) => z.string().trim().min(1).max(max);

const location = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracyMeters: z.number().nonnegative().max(100_000).optional(),
});

// Physiological bounds only, to catch a slip of the finger; judging the values is the nurse's.
const vitals = {
  bloodPressure: z.strictObject({
    systolic: z.number().int().min(30).max(300),
    diastolic: z.number().int().min(10).max(200),
  }),
  pulse: z.number().int().min(20).max(250),
  temperatureC: z.number().min(30).max(45),
  respirationRate: z.number().int().min(4).max(80),
  spo2: z.number().min(50).max(100),
  weightKg: z.number().positive().max(400).optional(),
};

const lotUse = z.strictObject({
  lotNumber: text(64),
  vialsUsed: z.number().int().nonnegative().max(100),
  vialsReturned: z.number().int().nonnegative().max(100),
  vialsWasted: z.number().int().nonnegative().max(100),
});

const rate = z.number().positive().max(2000);

const base = {
  clientUpdateId: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'letters, digits and . _ : - only, 1-100 characters'),
  at: z.iso.datetime({ offset: true }),
};

/** One update from the nurse's device: its id, the device's time, and what happened. */
export const visitUpdateSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('en_route') }),
  z.strictObject({ ...base, type: z.literal('arrived'), location }),
  z.strictObject({ ...base, type: z.literal('departed'), location }),
  z.strictObject({ ...base, type: z.literal('vitals'), ...vitals }),
  z.strictObject({
    ...base,
    type: z.literal('premedication_given'),
    medication: text(200),
    dose: text(100),
  }),
  z.strictObject({
    ...base,
    type: z.literal('infusion_started'),
    lotNumber: text(64),
    mlPerHour: rate.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('rate_changed'), mlPerHour: rate }),
  z.strictObject({
    ...base,
    type: z.literal('reaction'),
    grade: z.number().int().min(1).max(4),
    symptoms: z.array(text(200)).min(1).max(20),
    action: z.enum(REACTION_ACTIONS),
  }),
  z.strictObject({
    ...base,
    type: z.literal('infusion_ended'),
    volumeMl: z.number().nonnegative().max(5000),
    lots: z.array(lotUse).min(1).max(20),
    partial: z.boolean().optional(),
  }),
  z.strictObject({ ...base, type: z.literal('observation_ended') }),
  z.strictObject({ ...base, type: z.literal('signed') }),
  z.strictObject({ ...base, type: z.literal('missed'), reason: text(500) }),
  z.strictObject({ ...base, type: z.literal('addendum'), text: text(4000) }),
]) satisfies z.ZodType<VisitUpdate>;

/** The most updates one batch may carry: a whole visit, many times over. */
export const MAX_BATCH = 500;

export const updateBatchSchema = z.strictObject({
  updates: z.array(visitUpdateSchema).min(1).max(MAX_BATCH),
});

export type UpdateBatch = z.output<typeof updateBatchSchema>;
