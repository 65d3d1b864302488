// Drives the chain at a steady pace while faults come and go, as its users would: the coordinator
// submits bench:chain's referral (acme-health approves it by rule) at `rate` a second, trying again
// with the same Idempotency-Key while referrals cannot answer; when pharmacy opens a first dose
// (dispense.created, read from Kafka) one pharmacist verifies it and a second releases it, each
// step chosen from the dose's status as read now, so a retry after a lost answer does not repeat a
// step that was done. It records when each referral was sent, accepted, and had its visits.
// Every `chase.every`-th referral is sent without its insurance card: intake asks for it, the
// workers chase it with a reminder every interval (escalated after the third), and after
// `chase.forMs` the coordinator adds the card, which accepts the referral into the chain and
// completes the task. So follow-up jobs fire all through the faults, Redis's restart included.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  chainContracts,
  chainReferral,
  releaseOf,
  verificationOf,
} from '../bench/chain/chain-driver.mjs';
import { workQueue } from '../bench/chain/pace.mjs';
import { callJson, HttpError, withRetries } from './http-call.mjs';

// A try's answer is awaited this long: a slow answer is not abandoned for a retry too soon.
const TRY_TIMEOUT_MS = 60_000;
const RELEASED = new Set(['released', 'shipped', 'delivered']);

export class PacedChain {
  #urlOf;
  #tokens;
  #run;
  #retryForMs;
  #log;
  #sequence = 0;
  #submitting = null;
  #inFlight = new Set();
  // referral id → { sequence, sentAt, acceptedAt, tries }; sentAt: when the last piece it
  // needed was sent (the referral, or the document it waited for).
  #referrals = new Map();
  // referral id → { sequence, sentAt, documentSentAt } of the referrals sent incomplete.
  #chased = new Map();
  #chase;
  // referral id → { infusionDays, days: Map(infusion day → read at) }
  #visits = new Map();
  // dispense id → the referral it doses; releasedAt once the pharmacists are done.
  #doses = new Map();
  #pharmacists;
  #failures = [];
  #retries = { submissions: 0, pharmacy: 0 };
  // Why tries failed and were tried again: reason → count.
  #retryReasons = new Map();

  constructor({ events, urlOf, tokens, run, pharmacists, retryForMs, chase, log }) {
    this.#chase = chase;
    this.#urlOf = urlOf;
    this.#tokens = tokens;
    this.#run = run;
    this.#retryForMs = retryForMs;
    this.#log = log;
    this.#pharmacists = workQueue(pharmacists, (dose) => this.#verifyAndRelease(dose));
    const [, , created, , scheduled] = chainContracts().map((contract) => contract.type);
    events.onEvent((event) => {
      if (event.type === created) {
        const data = JSON.parse(event.value.toString('utf8'));
        if (data.cycle !== 1 || this.#doses.has(data.dispenseId)) return;
        this.#doses.set(data.dispenseId, { referralId: data.referralId });
        this.#pharmacists.push(data.dispenseId);
      } else if (event.type === scheduled) {
        const data = JSON.parse(event.value.toString('utf8'));
        if (data.cycle !== 1) return;
        const visits = this.#visits.get(data.referralId) ?? {
          infusionDays: data.infusionDays,
          days: new Map(),
        };
        if (!visits.days.has(data.infusionDay)) visits.days.set(data.infusionDay, event.consumedAt);
        this.#visits.set(data.referralId, visits);
      }
    });
  }

  /**
   * A referral falls due every 1/rate s until `stopSubmitting()`; `submitters` coordinators send
   * them, each trying one again until it is answered. A referral due while all are busy waits its
   * turn (a team has so many hands): its time is still the one it fell due, and tries never pile
   * up on a service that is slow to come back.
   */
  startSubmitting(rate, submitters) {
    const stop = new AbortController();
    const coordinators = workQueue(submitters, ({ sequence, dueAt, done }) =>
      this.#submit(sequence, dueAt).finally(done),
    );
    const loop = async () => {
      const started = performance.now();
      for (let index = 0; !stop.signal.aborted; index += 1) {
        const wait = started + (index * 1000) / rate - performance.now();
        if (wait > 0) await sleep(wait, undefined, { signal: stop.signal }).catch(() => undefined);
        if (stop.signal.aborted) break;
        this.#sequence += 1;
        const item = { sequence: this.#sequence, dueAt: Date.now() };
        this.#track(new Promise((done) => coordinators.push({ ...item, done })));
      }
    };
    this.#submitting = { stop, loop: loop() };
  }

  #track(promise) {
    const tracked = promise.finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
  }

  /** Stops submitting; resolves once every referral due has its answer (or was given up). */
  async stopSubmitting() {
    this.#submitting?.stop.abort();
    await this.#submitting?.loop;
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async #submit(sequence, dueAt) {
    const body = chainReferral(this.#run, sequence);
    const chased = this.#chase.every > 0 && sequence % this.#chase.every === 0;
    const card = body.documents.find((document) => document.type === 'insurance_card');
    if (chased) body.documents = body.documents.filter((document) => document !== card);
    const key = randomUUID();
    const sentAt = dueAt;
    try {
      let tries = 0;
      const referral = await withRetries(
        (attempt) => {
          tries = attempt;
          return callJson({
            url: `${this.#urlOf('referrals')}/v1/referrals`,
            method: 'POST',
            token: this.#tokens.coordinator,
            body,
            headers: { 'idempotency-key': key },
            timeoutMs: TRY_TIMEOUT_MS,
          });
        },
        {
          deadline: Date.now() + this.#retryForMs,
          onRetry: (error) => this.#retried('submissions', error),
        },
      );
      const expected = chased ? 'pending_documents' : 'accepted';
      if (referral.status !== expected)
        throw new Error(`referral ${referral.id} is ${referral.status}, not ${expected}`);
      if (!chased) {
        this.#referrals.set(referral.id, { sequence, sentAt, acceptedAt: Date.now(), tries });
        return;
      }
      this.#chased.set(referral.id, { sequence, sentAt });
      // The card comes later, without holding a coordinator meanwhile.
      this.#track(
        sleep(this.#chase.forMs)
          .then(() => this.#addDocument(referral.id, card, sequence))
          .catch((error) =>
            this.#failures.push(`referral #${sequence}: card not added: ${error.message}`),
          ),
      );
    } catch (error) {
      this.#failures.push(`referral #${sequence} not submitted: ${error.message}`);
    }
  }

  /**
   * The coordinator adds the missing card. Adding a document takes no Idempotency-Key, so a try
   * whose answer was lost is told by the referral's status before the next one.
   */
  async #addDocument(referralId, card, sequence) {
    const url = () => `${this.#urlOf('referrals')}/v1/referrals/${referralId}`;
    const documentSentAt = Date.now();
    this.#chased.get(referralId).documentSentAt = documentSentAt;
    const deadline = documentSentAt + this.#retryForMs;
    let tries = 0;
    await withRetries(
      async (attempt) => {
        tries = attempt;
        const token = this.#tokens.coordinator;
        if (attempt > 1) {
          const referral = await callJson({ url: url(), token, timeoutMs: TRY_TIMEOUT_MS });
          if (referral.status === 'accepted') return;
        }
        const answer = await callJson({
          url: `${url()}/documents`,
          method: 'POST',
          token,
          body: card,
          timeoutMs: TRY_TIMEOUT_MS,
        });
        if (answer.status !== 'accepted')
          throw new Error(`referral ${referralId} is ${answer.status} with its card`);
      },
      { deadline, onRetry: (error) => this.#retried('submissions', error) },
    );
    this.#referrals.set(referralId, {
      sequence,
      sentAt: documentSentAt,
      acceptedAt: Date.now(),
      tries,
      chased: true,
    });
  }

  #retried(kind, error) {
    this.#retries[kind] += 1;
    // The reason without ids, so alike failures count together.
    const reason = `${error.status ?? error.name}: ${error.message}`
      .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')
      .replace(/:\d{2,5}\//g, ':<port>/')
      .slice(0, 160);
    this.#retryReasons.set(reason, (this.#retryReasons.get(reason) ?? 0) + 1);
  }

  /** Verify, then release, each step as the dose's status calls for it, until it is released. */
  async #verifyAndRelease(dispenseId) {
    const path = `${this.#urlOf('pharmacy')}/v1/dispenses/${dispenseId}`;
    const deadline = Date.now() + this.#retryForMs;
    const call = (url, token, method, body) =>
      withRetries(
        () =>
          callJson({
            url: typeof url === 'function' ? url() : url,
            method,
            token,
            body,
            timeoutMs: TRY_TIMEOUT_MS,
          }),
        { deadline, onRetry: (error) => this.#retried('pharmacy', error) },
      );
    // The pharmacy instance that serves may change between steps (a hand-over).
    const at =
      (suffix = '') =>
      () =>
        `${this.#urlOf('pharmacy')}/v1/dispenses/${dispenseId}${suffix}`;
    try {
      for (;;) {
        const dose = await call(at(), this.#tokens.verifier, 'GET');
        if (RELEASED.has(dose.status)) break;
        if (!dose.worksheet)
          throw new Error(`${path}: no worksheet (${dose.worksheetProblem?.detail})`);
        try {
          if (dose.status === 'awaiting_verification')
            await call(
              at('/verify'),
              this.#tokens.verifier,
              'POST',
              verificationOf(dose.worksheet),
            );
          else if (dose.status === 'verified')
            await call(at('/release'), this.#tokens.releaser, 'POST', releaseOf(dose.worksheet));
          else throw new Error(`dose ${dispenseId} is ${dose.status}`);
        } catch (error) {
          // A step done by a try whose answer was lost: read the status again.
          if (!(error instanceof HttpError && error.status === 409)) throw error;
        }
        if (Date.now() > deadline) throw new Error(`dose ${dispenseId} not released in time`);
      }
      this.#doses.get(dispenseId).releasedAt = Date.now();
    } catch (error) {
      this.#failures.push(`dose ${dispenseId} not released: ${error.message}`);
    }
  }

  /**
   * Waits until every accepted referral has all its visits; gives up only when none has
   * completed for `stalledMs` (a busy machine drains slowly, a stuck chain not at all).
   */
  async waitForDrain(stalledMs) {
    let progressAt = Date.now();
    let before = -1;
    for (;;) {
      const waiting = [...this.#referrals.keys()].filter((id) => !this.completedAt(id));
      if (waiting.length === 0) return { drained: true, waiting: [] };
      if (waiting.length !== before) progressAt = Date.now();
      before = waiting.length;
      if (Date.now() - progressAt > stalledMs) return { drained: false, waiting };
      await sleep(500);
    }
  }

  /** When the referral's last visit was read, or undefined while any is missing. */
  completedAt(referralId) {
    const visits = this.#visits.get(referralId);
    if (!visits || visits.days.size < visits.infusionDays) return undefined;
    return Math.max(...visits.days.values());
  }

  /** When the referral's first visit was read. */
  firstVisitAt(referralId) {
    const visits = this.#visits.get(referralId);
    return visits ? Math.min(...visits.days.values()) : undefined;
  }

  get referrals() {
    return this.#referrals;
  }

  /** The referrals sent without their card: id → { sequence, sentAt, documentSentAt }. */
  get chased() {
    return this.#chased;
  }

  /** Why tries were tried again, most frequent first. */
  get retryReasons() {
    return [...this.#retryReasons].sort((a, b) => b[1] - a[1]);
  }

  get failures() {
    return this.#failures;
  }

  get retries() {
    return this.#retries;
  }

  get submittedCount() {
    return this.#sequence;
  }

  /** Doses opened and not yet released by the pharmacists (for a progress line). */
  get unreleased() {
    return [...this.#doses.values()].filter((dose) => !dose.releasedAt).length;
  }
}
