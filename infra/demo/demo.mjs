// npm run demo: drives one IVIG referral through every user's step, over HTTP, against the
// stack `npm start` runs (or the services the DEMO_<SERVICE>_URL variables name), and prints each step, the
// journey's timeline and the time to therapy. Exits 0 when the next cycle's order appears.
//
// 1. the coordinator submits a referral for northwind-medicare with a stale creatinine;
// 2. she adds the fresh lab; 3. the payer's reviewer approves the pended request;
// 4. copay assistance enrols the patient; 5. a pharmacist verifies, acknowledging the warnings,
// and a second one releases with lots; 6. the dose is shipped and delivered; 7. the nurse sends
// her visit in two offline batches, one of them twice; 8. the visit completes and pharmacy opens
// the next cycle's order.
import { requireBuilt } from '../scripts/lib/build.mjs';
import { developmentToken } from '../scripts/lib/development-tokens.mjs';
import { demoReferral, today } from './demo-referral.mjs';
import { serviceApi, until } from './demo-client.mjs';
import { visitBatches } from './nurse-visit.mjs';

// Each service at the port `npm start` gives it, unless DEMO_<SERVICE>_URL says otherwise.
const api = (name, port) =>
  serviceApi(
    name,
    process.env[`DEMO_${name.toUpperCase().replace(/-/g, '_')}_URL`] ?? `http://127.0.0.1:${port}`,
  );
const referrals = api('referrals', 3001);
const priorAuth = api('prior-auth', 3002);
const pharmacy = api('pharmacy', 3003);
const nursing = api('nursing', 3004);
const workers = api('workers', 3005);
const payerSandbox = api('payer-sandbox', 3010);

const PAYER = 'northwind-medicare';
const USERS = {
  coordinator: { role: 'intake_coordinator', subject: 'ic-1' },
  reviewer: { role: 'payer', subject: 'rev-nw-1', payerId: PAYER },
  verifier: { role: 'pharmacist', subject: 'ph-1' },
  releaser: { role: 'pharmacist', subject: 'ph-2' },
  nurse: { role: 'nurse', subject: 'rn-1' },
};

let stepNumber = 0;
function step(title) {
  stepNumber += 1;
  console.log(`\n${stepNumber}. ${title}`);
}
const say = (line) => console.log(`   ${line}`);

async function main() {
  requireBuilt('@infuse/auth');
  const token = Object.fromEntries(
    await Promise.all(
      Object.entries(USERS).map(async ([name, user]) => [name, await developmentToken(user)]),
    ),
  );
  const started = Date.now();

  step(`The coordinator submits a referral for ${PAYER}, with a creatinine from two months ago`);
  const body = demoReferral(PAYER);
  const submitted = await referrals.post('/v1/referrals', body, token.coordinator);
  say(`referral ${submitted.id}: ${submitted.status}, missing ${submitted.missing.join(', ')}`);
  const lastName = body.patient.lastName;

  step('She adds the fresh creatinine');
  const completed = await referrals.post(
    `/v1/referrals/${submitted.id}/labs`,
    { code: 'creatinine', value: 0.8, unit: 'mg/dL', collectedOn: today(-1) },
    token.coordinator,
  );
  say(`referral ${completed.status}`);

  step("The payer's reviewer approves the pended request");
  const pended = await until(`prior authorization pended at ${PAYER}`, async () => {
    const { items } = await priorAuth.get(
      `/v1/authorizations?referralId=${submitted.id}`,
      token.coordinator,
    );
    return items.find((item) => item.status === 'pended');
  });
  say(`prior-auth: request ${pended.id} pended at ${pended.payerId}`);
  const inboxItem = await until(`the request in ${PAYER}'s inbox`, async () => {
    const { items } = await payerSandbox.get('/v1/requests?status=pended', token.reviewer);
    return items.find((item) => item.patient.name.includes(lastName));
  });
  await payerSandbox.post(
    `/v1/requests/${inboxItem.id}/decision`,
    { decision: 'approve' },
    token.reviewer,
  );
  const approved = await until('the approval to reach prior-auth', async () => {
    const authorization = await priorAuth.get(`/v1/authorizations/${pended.id}`, token.coordinator);
    return authorization.status === 'approved' ? authorization : undefined;
  });
  say(
    `approved ${approved.authorizationNumber}: ${approved.hcpcs}, ${approved.authorizedUnits} units, ` +
      `${approved.period.start} to ${approved.period.end}`,
  );

  step('Copay assistance: the coordinator gives the household income and the consent');
  const waiting = await until('the assistance case to need financials', async () => {
    const { items } = await workers.get(
      `/v1/assistance-cases?patientId=${submitted.patientId}`,
      token.coordinator,
    );
    return items.find((item) => item.status === 'needs_financials');
  });
  await workers.post(
    `/v1/assistance-cases/${waiting.id}/financials`,
    { householdSize: 2, annualIncome: 38_000 },
    token.coordinator,
  );
  await workers.post(
    `/v1/assistance-cases/${waiting.id}/consent`,
    { consentedOn: today(0) },
    token.coordinator,
  );
  const enrolled = await until('the enrolment', async () => {
    const found = await workers.get(`/v1/assistance-cases/${waiting.id}`, token.coordinator);
    return found.status === 'enrolled' ? found : undefined;
  });
  const { enrolment } = enrolled;
  say(
    `enrolled in ${enrolment.programme.programmeId} (${enrolment.programme.kind}): member ` +
      `${enrolment.programmeMemberId}, up to $${enrolment.annualMaximum} a year until ${enrolment.endsOn}`,
  );

  step('A pharmacist verifies the dose, acknowledging each warning; a second one releases it');
  const order = await until('the first dispense order', async () => {
    const { items } = await pharmacy.get(
      '/v1/dispenses?status=awaiting_verification',
      token.verifier,
    );
    return items.find((item) => item.referralId === submitted.id && item.cycle === 1);
  });
  const sheet = (await pharmacy.get(`/v1/dispenses/${order.id}`, token.verifier)).worksheet;
  const warnings = sheet.findings.filter((finding) => finding.severity === 'warn');
  await pharmacy.post(
    `/v1/dispenses/${order.id}/verify`,
    {
      acknowledgements: warnings.map((finding) => ({
        code: finding.code,
        reason: `Reviewed ${finding.code} with the prescriber.`,
      })),
    },
    token.verifier,
  );
  say(
    `verified by ph-1: ${sheet.dose.gramsPerInfusionDay} g of ${sheet.product.brandName}, ` +
      `${warnings.length} warning(s) acknowledged (${warnings.map((w) => w.code).join(', ')})`,
  );
  const lots = sheet.vials.perInfusionDay.map((vial, index) => ({
    productId: sheet.product.productId,
    lotNumber: `DEMO-${index + 1}-${vial.grams}G`,
    expiresOn: today(365),
    vialGrams: vial.grams,
    vials: vial.count * sheet.administrationDates.length,
  }));
  await pharmacy.post(`/v1/dispenses/${order.id}/release`, { lots }, token.releaser);
  say(`released by ph-2 with lots ${lots.map((lot) => lot.lotNumber).join(', ')}`);

  step('The dose is shipped cold and delivered');
  await pharmacy.post(
    `/v1/dispenses/${order.id}/ship`,
    {
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      packOut: {
        type: 'Insulated shipper, 2–8 °C',
        validatedHours: 48,
        packedAt: new Date().toISOString(),
      },
    },
    token.releaser,
  );
  const delivered = await pharmacy.post(
    `/v1/dispenses/${order.id}/delivered`,
    { receivedBy: body.patient.firstName, temperatureInRange: true },
    token.releaser,
  );
  say(`dispense ${delivered.status}`);

  step('The nurse gives the infusion and sends her notes in two offline batches, one twice');
  const visitItem = await until("the visit in the nurse's day", async () => {
    const { items } = await nursing.get(
      `/v1/visits?date=${sheet.administrationDates[0]}`,
      token.nurse,
    );
    return items.find((item) => item.referralId === submitted.id);
  });
  const visit = await nursing.get(`/v1/visits/${visitItem.id}`, token.nurse);
  const [morning, afternoon] = visitBatches(visit);
  for (const [label, batch] of [
    ['first batch', morning],
    ['second batch', afternoon],
    ['first batch again', morning],
  ]) {
    const answer = await nursing.post(
      `/v1/visits/${visit.id}/updates`,
      { updates: batch },
      token.nurse,
    );
    const counts = {};
    for (const result of answer.results) counts[result.status] = (counts[result.status] ?? 0) + 1;
    say(
      `${label}: ${Object.entries(counts)
        .map(([outcome, n]) => `${n} ${outcome}`)
        .join(', ')}`,
    );
  }

  step("The visit is complete, and pharmacy opens the next cycle's order");
  const next = await until('the next cycle', async () => {
    const { items } = await pharmacy.get(
      '/v1/dispenses?status=awaiting_verification',
      token.verifier,
    );
    return items.find((item) => item.referralId === submitted.id && item.cycle === 2);
  });
  say(`cycle 2 ordered for ${next.administrationDates.join(', ')}`);

  const journey = await until('the journey to show the next order', async () => {
    const found = await referrals.get(`/v1/referrals/${submitted.id}/journey`, token.coordinator);
    return found.stage === 'cycle' && found.cycle === 2 ? found : undefined;
  });
  console.log('\nJourney:');
  for (const item of journey.timeline) {
    const who = item.actor ? item.actor.subject : 'unknown';
    console.log(`   ${item.at}  ${item.service.padEnd(13)} ${item.event.padEnd(36)} by ${who}`);
  }
  console.log(
    `\nNow: ${journey.stage} ${journey.cycle}, ${journey.step}, waiting on ${journey.waiting.on} for ${journey.waiting.for}.`,
  );
  console.log(
    `Time to therapy: ${journey.timeToTherapyDays} days (referral received ${journey.receivedAt}, ` +
      `first dose given ${journey.firstDoseAt}); the demo took ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exitCode = 1;
});
