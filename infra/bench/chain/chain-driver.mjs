// Drives referrals through the chain over HTTP as the demo does: the coordinator submits the
// README's example referral (acme-health approves it by rule), and when pharmacy opens the dose
// (dispense.created, read from Kafka) one pharmacist verifies it, acknowledging its warnings, and
// a second releases it with lots. A phase ends when every referral has its visit scheduled.
import { serviceApi } from '../../demo/demo-client.mjs';
import { requireBuilt } from '../../scripts/lib/build.mjs';
import { dayFromToday, exampleReferral } from '../../scripts/lib/example-referral-body.mjs';
import { outboundCallFigures } from './outbound-calls.mjs';
import { sendAll, workQueue } from './pace.mjs';
import { causeOfType, percentiles } from './stats.mjs';
import { hopFigures, throughput } from './trace.mjs';

// acme-health approves an IgG below 200 mg/dL without review (apps/payer-sandbox/config/payers.json).
const PAYER = { payer: 'acme-health', member: 'ACM-883920114' };

/** The example referral for acme-health, for a patient of its own (`run`, `sequence`) each time. */
export function chainReferral(run, sequence) {
  const body = exampleReferral(PAYER);
  // A patient of its own each time, so intake does not take it for a duplicate.
  body.patient.mrn = `MRN-B${run}${sequence}`.toUpperCase();
  body.patient.lastName = `Bench-${run}-${sequence}`;
  return body;
}

/** The first pharmacist's verification of a worksheet: each of its warnings acknowledged. */
export function verificationOf(worksheet) {
  const acknowledgements = worksheet.findings
    .filter((finding) => finding.severity === 'warn')
    .map((finding) => ({ code: finding.code, reason: `Reviewed ${finding.code} (bench).` }));
  return { acknowledgements };
}

/** The second pharmacist's release of a verified worksheet: a lot per vial size, a year ahead. */
export function releaseOf(worksheet) {
  const lots = worksheet.vials.perInfusionDay.map((vial, index) => ({
    productId: worksheet.product.productId,
    lotNumber: `BENCH-${index + 1}-${vial.grams}G`,
    expiresOn: dayFromToday(365),
    vialGrams: vial.grams,
    vials: vial.count * worksheet.administrationDates.length,
  }));
  return { lots };
}

/** The events of the chain, in order, from the contracts. */
export function chainContracts() {
  const contracts = requireBuilt('@infuse/contracts');
  return [
    contracts.ReferralAccepted,
    contracts.AuthorizationApproved,
    contracts.DispenseCreated,
    contracts.DispenseReleased,
    contracts.VisitScheduled,
  ];
}

export class ChainDriver {
  #log;
  #referrals;
  #pharmacy;
  #tokens;
  #run;
  #stages = chainContracts().map((contract) => contract.type);
  // referral id → when its POST was sent; dispense id → the pharmacists' timings.
  #submitted = new Map();
  #releases = new Map();
  // Doses opened before their referral's POST was answered (a slow answer), kept for then.
  #openedEarly = new Map();
  #pharmacists;
  #sequence = 0;
  #outboundCalls;

  constructor({ log, urlOf, tokens, run, pharmacistConcurrency, outboundCalls }) {
    this.#outboundCalls = outboundCalls;
    this.#log = log;
    this.#referrals = serviceApi('referrals', urlOf('referrals'));
    this.#pharmacy = serviceApi('pharmacy', urlOf('pharmacy'));
    this.#tokens = tokens;
    this.#run = run;
    this.#pharmacists = workQueue(pharmacistConcurrency, (event) => this.#verifyAndRelease(event));
    const [, , created] = this.#stages;
    log.onEvent((event) => {
      if (event.type !== created || JSON.parse(event.value.toString('utf8')).cycle !== 1) return;
      if (this.#submitted.has(event.correlationId)) this.#pharmacists.push(event);
      else this.#openedEarly.set(event.correlationId, event);
    });
  }

  async #verifyAndRelease(created) {
    const { dispenseId } = JSON.parse(created.value.toString('utf8'));
    const path = `/v1/dispenses/${dispenseId}`;
    const { worksheet } = await this.#pharmacy.get(path, this.#tokens.verifier);
    await this.#pharmacy.post(`${path}/verify`, verificationOf(worksheet), this.#tokens.verifier);
    const requestedAt = Date.now();
    await this.#pharmacy.post(`${path}/release`, releaseOf(worksheet), this.#tokens.releaser);
    this.#releases.set(dispenseId, { created, requestedAt, answeredAt: Date.now() });
  }

  #referralBody() {
    this.#sequence += 1;
    return chainReferral(this.#run, this.#sequence);
  }

  /** Submits `count` referrals (at `rate` a second, or `concurrency` at a time) and times them. */
  async runPhase({ count, rate, concurrency, timeoutMs }) {
    const phase = new Set();
    const startedAt = Date.now();
    await sendAll({ count, rate, concurrency }, async () => {
      const sentAt = Date.now();
      const referral = await this.#referrals.post(
        '/v1/referrals',
        this.#referralBody(),
        this.#tokens.coordinator,
      );
      if (referral.status !== 'accepted')
        throw new Error(`referral ${referral.id} is ${referral.status}, not accepted`);
      this.#submitted.set(referral.id, sentAt);
      phase.add(referral.id);
      const opened = this.#openedEarly.get(referral.id);
      if (opened) this.#pharmacists.push(opened);
      this.#openedEarly.delete(referral.id);
    });
    const chains = await this.#waitForVisits(phase, timeoutMs);
    const [accepted, approved, created, released, scheduled] = this.#stages;
    const traced = chains.map((chain) => chain.events);
    const figures = hopFigures(traced, [
      `${accepted} → ${approved}`,
      `${approved} → ${created}`,
      `${created} → ${released}`,
      `${released} → ${scheduled}`,
    ]);
    return {
      ...figures,
      ...throughput(traced, startedAt),
      count: chains.length,
      steps: stepsOf(chains),
      outboundCalls: await outboundCallFigures({ ...this.#outboundCalls, referralIds: phase }),
      // The release is an HTTP call: the script's share (reading the event, the worksheet, the
      // verification) and the pharmacy's (the release request until dispense.released's ce_time).
      release: {
        script: percentiles(
          chains.map((chain) => chain.release.requestedAt - chain.events[2].appendedAt),
        ),
        pharmacy: percentiles(
          chains.map((chain) => chain.events[3].time - chain.release.requestedAt),
        ),
      },
      submitToVisit: percentiles(
        chains.map((chain) => chain.events[4].consumedAt - this.#submitted.get(chain.referralId)),
      ),
    };
  }

  async #waitForVisits(phase, timeoutMs) {
    const [, , , , scheduled] = this.#stages;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.#pharmacists.failure) throw this.#pharmacists.failure;
      const visits = new Map();
      for (const event of this.#log.ofType(scheduled))
        if (phase.has(event.correlationId) && !visits.has(event.correlationId))
          visits.set(event.correlationId, event);
      if (visits.size === phase.size)
        return [...visits.values()].map((visit) => this.#trace(visit));
      if (Date.now() > deadline)
        throw new Error(
          `${visits.size} of ${phase.size} referrals reached a scheduled visit after ${timeoutMs} ms; ` +
            `events seen: ${JSON.stringify(this.#log.counts())}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * The chain behind one scheduled visit: by causation id; across the release by dispense id
   * (an HTTP call causes it); and by correlation id where a service's step is an outbound call
   * rather than an event (prior-auth's approval answers the payer's reply to its submission).
   */
  #trace(visit) {
    const [accepted, approved, created, released] = this.#stages;
    const toRelease = this.#link(visit, released);
    const { dispenseId } = JSON.parse(toRelease.cause.value.toString('utf8'));
    const release = this.#releases.get(dispenseId);
    if (!release) throw new Error(`dispense ${dispenseId} was not released by this bench`);
    const toApproval = this.#link(release.created, approved);
    const toAcceptance = this.#link(toApproval.cause, accepted);
    return {
      referralId: visit.correlationId,
      events: [toAcceptance.cause, toApproval.cause, release.created, toRelease.cause, visit],
      release,
      links: [toAcceptance, toApproval, { between: [], by: 'dispense id' }, toRelease],
    };
  }

  #link(event, type) {
    const found = causeOfType(this.#log, event, type);
    if (found.cause) return { ...found, by: 'causation' };
    // The same referral's event of that type, and what the same service published in between.
    const cause = this.#log.ofCorrelation(event.correlationId).find((other) => other.type === type);
    if (!cause) throw new Error(`referral ${event.correlationId}: no ${type} behind ${event.type}`);
    const between = this.#log
      .ofCorrelation(event.correlationId)
      .filter(
        (other) =>
          other.topic === event.topic &&
          other.appendedAt >= cause.appendedAt &&
          other.appendedAt < event.appendedAt,
      )
      .sort((a, b) => a.time - b.time);
    return { cause, between, by: 'correlation' };
  }
}

/**
 * The steps inside each hop that passes other events of the referral: from the hop's start to
 * each one's ce_time in turn, then to the hop's end; over the chains whose steps are alike.
 */
function stepsOf(chains) {
  return chains[0].links.map((link, index) => {
    const types = link.between.map((event) => event.type).join();
    const alike = chains.filter(
      (chain) => chain.links[index].between.map((event) => event.type).join() === types,
    );
    if (link.between.length === 0) return { by: link.by, steps: [] };
    const labels = [...link.between.map((event) => event.type), chains[0].events[index + 1].type];
    const steps = labels.map((label, step) => ({
      label,
      latency: percentiles(
        alike.map((chain) => {
          const { between } = chain.links[index];
          const end = step < between.length ? between[step].time : chain.events[index + 1].time;
          const start = step === 0 ? chain.events[index].appendedAt : between[step - 1].time;
          return end - start;
        }),
      ),
    }));
    return { by: link.by, steps, alike: alike.length };
  });
}
