import { randomUUID } from 'node:crypto';
import { addDays } from '@infuse/clinical';
import { eventually, tokenFor } from '@infuse/testing';
import { CopayAssistanceProcessor } from '../src/assistance/jobs/copay-assistance.processor';
import { JobReconciler } from '../src/scheduling/job-reconciler';
import { AssistanceHarness } from './assistance-harness';
import { type ProgrammeSandbox } from './assistance-programme-sandbox';

type Verdict = { programmeId: string; verdict: string; reasons: { code: string }[] };
const verdictOf = (body: Record<string, unknown>, programmeId: string): Verdict | undefined =>
  ((body['screening'] as { programmes: Verdict[] } | null)?.programmes ?? []).find(
    (programme) => programme.programmeId === programmeId,
  );
const typesOf = (events: { type: string }[]) =>
  events.map((event) => event.type.replace(/^org\.infuse\.assistance-case\.(.+)\.v1$/, '$1'));

describe('copay assistance cases (real PostgreSQL, Redis, broker and programme sandbox)', () => {
  let sandbox: ProgrammeSandbox;
  let workers: AssistanceHarness;

  beforeAll(async () => {
    // The PAN fund enrols for one month here, so its enrolment ends within the 30-day lead.
    sandbox = await AssistanceHarness.startSandbox((file) => {
      const pan = file.programs.find(
        (programme) => programme['id'] === 'pan-primary-immunodeficiency',
      );
      if (pan) pan['enrollmentMonths'] = 1;
    });
    workers = await AssistanceHarness.start(sandbox);
  }, 120_000);

  afterAll(async () => {
    await workers?.close();
    await sandbox?.stop();
  });

  it('screens a Medicare patient: never a copay card, a foundation once her income is in and under its limit, enrolled only after consent, re-enrolment due 30 days before the end', async () => {
    const story = workers.story('medicare');
    await workers.acceptAndApprove(story);
    const waiting = await workers.caseWhen(
      story,
      (body) => body.status === 'needs_financials',
      'the case to need financials',
    );
    expect(verdictOf(waiting, 'csl-behring-copay')).toMatchObject({
      verdict: 'not_eligible',
      reasons: [{ code: 'FEDERAL_PROGRAM_BAR' }],
    });
    expect(verdictOf(waiting, 'pan-primary-immunodeficiency')?.verdict).toBe('needs_financials');
    expect(waiting['needs']).toContain('household size and annual income');

    // 100,000 a year for one person is about 639 % of the poverty level; the fund stops at 400 %.
    const over = await workers.post(waiting.id, 'financials', {
      householdSize: 1,
      annualIncome: 100_000,
    });
    expect(over.status).toBe(200);
    expect(over.body.status).toBe('not_eligible');
    expect(verdictOf(over.body, 'pan-primary-immunodeficiency')?.reasons.at(-1)?.code).toBe(
      'OVER_INCOME_LIMIT',
    );

    const within = await workers.post(waiting.id, 'financials', {
      householdSize: 3,
      annualIncome: 42_000,
    });
    expect(within.body).toMatchObject({
      status: 'awaiting_consent',
      programme: { programmeId: 'pan-primary-immunodeficiency', kind: 'foundation' },
    });
    expect(verdictOf(within.body, 'csl-behring-copay')?.verdict).toBe('not_eligible');
    // Without consent nothing goes to the programme.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await sandbox.enrolmentsOf(waiting.id)).toEqual([]);

    const consent = await workers.post(waiting.id, 'consent', { consentedOn: '2026-11-20' });
    expect(consent.status).toBe(200);
    const due = await workers.caseWhen(
      story,
      (body) => body.status === 're_enrolment_due',
      'the one-month enrolment to come due for re-enrolment',
    );
    const enrolment = due['enrolment'] as { endsOn: string; reEnrolmentDueOn: string };
    expect(enrolment.reEnrolmentDueOn).toBe(addDays(enrolment.endsOn, -30));
    expect(typesOf(await workers.eventsOf(story))).toEqual([
      'screened',
      'screened',
      'screened',
      'enrolled',
      're-enrolment-due',
    ]);
    expect(await sandbox.enrolmentsOf(waiting.id)).toEqual([
      { programme_id: 'pan-primary-immunodeficiency', status: 'enrolled' },
    ]);

    // The patient consents to the next year: the enrolment is sent again, under a new key.
    await workers.post(waiting.id, 'consent', { consentedOn: '2026-11-21' });
    await workers.caseWhen(
      story,
      (body) =>
        body.status === 're_enrolment_due' &&
        (body['enrolment'] as { programmeMemberId: string }).programmeMemberId !==
          (due['enrolment'] as { programmeMemberId: string }).programmeMemberId,
      'the renewed enrolment',
    );
    expect(await sandbox.enrolmentsOf(waiting.id)).toHaveLength(2);
    expect(typesOf(await workers.eventsOf(story)).slice(-4)).toEqual([
      'enrolled',
      're-enrolment-due',
      'enrolled',
      're-enrolment-due',
    ]);
  });

  it("enrols a commercial patient in her maker's card once, though the programme fails twice first; warns of an accumulator plan and at 80 % of the annual maximum", async () => {
    const story = workers.story('commercial', 'Flakerty');
    await workers.acceptAndApprove(story);
    const eligible = await workers.caseWhen(
      story,
      (body) => body.status === 'awaiting_consent',
      'the case to await consent',
    );
    expect(eligible['programme']).toEqual({
      programmeId: 'csl-behring-copay',
      kind: 'manufacturer_copay',
    });
    await workers.post(eligible.id, 'consent', { consentedOn: '2026-11-20' });
    const enrolled = await workers.caseWhen(
      story,
      (body) => body.status === 'enrolled',
      'the enrolment',
    );
    expect(enrolled['enrolment']).toMatchObject({
      programme: { programmeId: 'csl-behring-copay' },
      programmeMemberId: expect.stringMatching(/^CSLB-\d{8}$/),
      annualMaximum: 15000,
    });
    expect(await sandbox.attemptsOf(eligible.id)).toBe(3);
    expect(await sandbox.enrolmentsOf(eligible.id)).toHaveLength(1);

    await workers.post(eligible.id, 'benefits', {
      costSharePerDose: 4_000,
      planDesign: 'accumulator',
    });
    const first = randomUUID();
    await workers.release(story, first, 1);
    await workers.release(story, first, 1);
    await workers.release(story, randomUUID(), 2);
    const used = await workers.caseWhen(
      story,
      (body) => (body['enrolment'] as { usedAmount: number }).usedAmount === 8_000,
      'two doses counted',
    );
    expect(used['warnings']).toEqual(['accumulator_plan']);
    await workers.release(story, randomUUID(), 3);
    const warned = await workers.caseWhen(
      story,
      (body) => (body['enrolment'] as { usedAmount: number }).usedAmount === 12_000,
      'the third dose counted',
    );
    expect(warned['warnings']).toEqual(['accumulator_plan', 'annual_maximum_nearly_used']);
    const events = await workers.eventsOf(story);
    expect(typesOf(events)).toEqual(['screened', 'enrolled', 'benefit-low', 'benefit-low']);
    expect(events[3]?.data).toMatchObject({
      warning: 'annual_maximum_nearly_used',
      usedAmount: 12000,
      annualMaximum: 15000,
    });
  });

  it('enrols once when the programme stores the enrolment but its answer is lost twice: the retry under the same key finds it', async () => {
    const story = workers.story('commercial', 'Dropwell');
    await workers.acceptAndApprove(story);
    const eligible = await workers.caseWhen(
      story,
      (body) => body.status === 'awaiting_consent',
      'eligible',
    );
    await workers.post(eligible.id, 'consent', { consentedOn: '2026-11-20' });
    const enrolled = await workers.caseWhen(
      story,
      (body) => body.status === 'enrolled',
      'the enrolment',
    );
    const stored = await sandbox.enrolmentsOf(eligible.id);
    expect(stored).toEqual([{ programme_id: 'csl-behring-copay', status: 'enrolled' }]);
    expect(await sandbox.attemptsOf(eligible.id)).toBe(3);
    expect(enrolled['enrolment']).toMatchObject({
      programme: { programmeId: 'csl-behring-copay' },
    });
    expect(typesOf(await workers.eventsOf(story))).toEqual(['screened', 'enrolled']);
  });

  it("screens again when the pharmacist verifies another maker's brand, and enrols with that maker", async () => {
    const story = workers.story('commercial');
    await workers.acceptAndApprove(story);
    const eligible = await workers.caseWhen(
      story,
      (body) => body.status === 'awaiting_consent',
      'eligible',
    );
    await workers.post(eligible.id, 'consent', { consentedOn: '2026-11-20' });
    await workers.caseWhen(
      story,
      (body) => body.status === 'enrolled',
      'enrolled with CSL Behring',
    );
    await workers.verify(story, 'gammagard-liquid', 'Gammagard Liquid');
    const takeda = await workers.caseWhen(
      story,
      (body) =>
        body.status === 'enrolled' &&
        (body['enrolment'] as { programme: { programmeId: string } }).programme.programmeId ===
          'takeda-onepath-copay',
      'enrolled with Takeda',
    );
    expect(verdictOf(takeda, 'csl-behring-copay')?.reasons.map((reason) => reason.code)).toEqual([
      'OTHER_MANUFACTURER',
    ]);
  });

  it('loses no enrolment when Redis loses its job: the reconciler re-creates it from the case, with the rate limit', async () => {
    const story = workers.story('commercial');
    await workers.acceptAndApprove(story);
    const eligible = await workers.caseWhen(
      story,
      (body) => body.status === 'awaiting_consent',
      'eligible',
    );
    const worker = workers.service.app.get(CopayAssistanceProcessor).worker;
    await worker.pause();
    try {
      await workers.post(eligible.id, 'consent', { consentedOn: '2026-11-20' });
      const jobId = `assistance-case-${eligible.id}-enrol-csl-behring-copay`;
      await eventually('the enrol job', async () =>
        (await workers.queue.getJobState(jobId)) === 'unknown' ? undefined : true,
      );
      await workers.queue.obliterate({ force: true });
      expect(await workers.queue.getJobState(jobId)).toBe('unknown');
      const reconciliation = await workers.service.app.get(JobReconciler).reconcile();
      expect(reconciliation.recreated).toBeGreaterThanOrEqual(1);
      expect(await workers.queue.getJobState(jobId)).not.toBe('unknown');
      expect(await workers.queue.getGlobalRateLimit()).toEqual({ max: 5, duration: 1000 });
    } finally {
      await worker.resume();
    }
    await workers.caseWhen(story, (body) => body.status === 'enrolled', 'the enrolment');
    expect(await sandbox.enrolmentsOf(eligible.id)).toHaveLength(1);
  });

  it('closes a case when its referral is cancelled or the coordinator closes it; a closed case takes no more facts', async () => {
    const cancelled = workers.story('commercial');
    await workers.acceptAndApprove(cancelled);
    await workers.caseWhen(cancelled, (body) => body.status === 'awaiting_consent', 'eligible');
    await workers.cancel(cancelled);
    const closed = await workers.caseWhen(cancelled, (body) => body.status === 'closed', 'closed');
    expect(closed['closedReason']).toBe('referral_cancelled');
    const refused = await workers.post(closed.id, 'consent', { consentedOn: '2026-11-20' });
    expect(refused.status).toBe(409);
    expect(typesOf(await workers.eventsOf(cancelled))).toEqual(['screened', 'closed']);

    const declined = workers.story('medicare');
    await workers.acceptAndApprove(declined);
    const waiting = await workers.caseWhen(
      declined,
      (body) => body.status === 'needs_financials',
      'screened',
    );
    const byCoordinator = await workers.post(waiting.id, 'close', {
      note: 'The patient pays without help',
    });
    expect(byCoordinator.body).toMatchObject({ status: 'closed', closedReason: 'coordinator' });
    const events = await workers.eventsOf(declined);
    expect(events.at(-1)?.data).toMatchObject({
      reason: 'coordinator',
      note: 'The patient pays without help',
    });
  });

  it('gives the coordinator the cases by patient and status, refuses bad input by field, and nurses and payers altogether', async () => {
    const story = workers.story('medicare_advantage');
    await workers.acceptAndApprove(story);
    const waiting = await workers.caseWhen(
      story,
      (body) => body.status === 'needs_financials',
      'screened',
    );
    const listed = await workers.service.http.get<{ items: { id: string }[] }>(
      `/v1/assistance-cases?patientId=${story.patientId}&status=needs_financials`,
      workers.coordinator,
    );
    expect(listed.body.items.map((item) => item.id)).toEqual([waiting.id]);

    const bad = await workers.post(waiting.id, 'financials', {
      householdSize: 0,
      annualIncome: -5,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('#/householdSize');
    expect(JSON.stringify(bad.body)).toContain('#/annualIncome');
    const future = await workers.post(waiting.id, 'consent', { consentedOn: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(
      (await workers.post(randomUUID(), 'financials', { householdSize: 1, annualIncome: 1 }))
        .status,
    ).toBe(404);
    expect(
      (await workers.service.http.get('/v1/assistance-cases?status=lost', workers.coordinator))
        .status,
    ).toBe(400);

    for (const [role, subject] of [
      ['nurse', 'rn-1'],
      ['payer', 'rev-1'],
    ] as const) {
      const token = await tokenFor(role, subject, role === 'payer' ? 'acme-health' : undefined);
      expect(
        (await workers.service.http.get(`/v1/assistance-cases/${waiting.id}`, token)).status,
      ).toBe(403);
      expect(
        (await workers.post(waiting.id, 'financials', { householdSize: 1, annualIncome: 1 }, token))
          .status,
      ).toBe(403);
    }
    const admin = await tokenFor('admin', 'ad-1');
    expect(
      (await workers.service.http.get(`/v1/assistance-cases/${waiting.id}`, admin)).status,
    ).toBe(200);

    const audit = await workers.auditOf(waiting.id);
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          action: 'assistance-case.record-referral',
          actor_subject: 'system:workers',
          outcome: 'success',
        },
        { action: 'assistance-case.view', actor_subject: 'ic-7', outcome: 'success' },
        { action: 'assistance-case.view', actor_subject: 'rn-1', outcome: 'denied' },
        { action: 'assistance-case.record-financials', actor_subject: 'rev-1', outcome: 'denied' },
      ]),
    );
  });
});
