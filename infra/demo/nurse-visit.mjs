// The nurse's visit as her device records it: check-in, vitals, the infusion started with a
// released lot and raised step by step as the plan allows, the end with the vials used, the
// observation, check-out and her signature. The device's times run back from a few minutes ago,
// so the whole infusion is sent in seconds; the nursing service judges elapsed time by them.

const MINUTE_MS = 60_000;
const HOME = { latitude: 39.2776, longitude: -76.6122, accuracyMeters: 10 };

const VITALS = {
  bloodPressure: { systolic: 124, diastolic: 78 },
  pulse: 76,
  temperatureC: 36.8,
  respirationRate: 16,
  spo2: 98,
};

/** The updates of the visit, split in the two batches the device sends when it has signal. */
export function visitBatches(visit, now = Date.now()) {
  const plan = visit.infusionPlan;
  const total = plan.infusionMinutes + visit.observationMinutes + 45;
  const start = now - total * MINUTE_MS;
  const at = (minutes) => new Date(start + minutes * MINUTE_MS).toISOString();
  let sequence = 0;
  const update = (minutes, facts) => ({
    clientUpdateId: `${visit.id.slice(0, 8)}-${String((sequence += 1)).padStart(2, '0')}`,
    at: at(minutes),
    ...facts,
  });
  const [first, ...later] = plan.steps;
  const lot = visit.lots.find((candidate) => candidate.usable) ?? visit.lots[0];
  const ended = 30 + plan.infusionMinutes;
  const rates = later.map((step) =>
    update(30 + step.startMinute, { type: 'rate_changed', mlPerHour: step.mlPerHour }),
  );
  const half = Math.ceil(rates.length / 2);
  return [
    [
      update(0, { type: 'en_route' }),
      update(20, { type: 'arrived', location: HOME }),
      update(25, { type: 'vitals', ...VITALS, weightKg: visit.dose.dosingWeightKg }),
      update(30, {
        type: 'infusion_started',
        lotNumber: lot.lotNumber,
        mlPerHour: first.mlPerHour,
      }),
      ...rates.slice(0, half),
    ],
    [
      ...rates.slice(half),
      update(ended - 5, { type: 'vitals', ...VITALS }),
      update(ended, {
        type: 'infusion_ended',
        volumeMl: plan.totalVolumeMl,
        lots: visit.lots.map((released) => ({
          lotNumber: released.lotNumber,
          vialsUsed: released.vials,
          vialsReturned: 0,
          vialsWasted: 0,
        })),
      }),
      update(ended + visit.observationMinutes, { type: 'observation_ended' }),
      update(ended + visit.observationMinutes + 5, { type: 'departed', location: HOME }),
      update(ended + visit.observationMinutes + 6, { type: 'signed' }),
    ],
  ];
}
