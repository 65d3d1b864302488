import { randomUUID } from 'node:crypto';
import { queryTestDatabase, tokenFor } from '@infuse/testing';
import { type SandboxUnderTest, startSandbox } from './payer-sandbox-test-app';

type Answer = Record<string, unknown>;

const enrolment = (lastName: string, planType = 'commercial') => ({
  caseReference: randomUUID(),
  patient: { firstName: 'Maren', lastName, dateOfBirth: '1979-03-14' },
  insurance: { planType, payerId: 'acme-health', memberId: 'ACM-883920114' },
  productId: 'privigen',
  consentedOn: '2026-11-21',
});

describe('payer sandbox: copay programmes under /programs/', () => {
  let sandbox: SandboxUnderTest;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  const enrol = (body: unknown, key: string | undefined, token = sandbox.provider) =>
    sandbox.service.http.request<Answer>('POST', '/programs/csl-behring-copay/enrollments', {
      json: body,
      token,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  async function storedEnrolments(caseReference: string): Promise<Answer[]> {
    return queryTestDatabase(
      `SELECT status, member_id FROM "${sandbox.service.schema}".programme_enrollment
        WHERE case_reference = $1`,
      [caseReference],
    );
  }

  it('enrols a commercial patient with a member id, its annual maximum and the last day covered', async () => {
    const body = enrolment('Okafor');
    const answer = await enrol(body, randomUUID());
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'enrolled',
      caseReference: body.caseReference,
      memberId: expect.stringMatching(/^CSLB-\d{8}$/),
      annualMaximum: 15000,
      endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it("refuses a Medicare patient for a maker's copay card, with its reason", async () => {
    const answer = await enrol(enrolment('Okafor', 'medicare'), randomUUID());
    expect(answer.body).toMatchObject({
      status: 'denied',
      reason: 'CSL Behring co-pay assistance does not enrol patients on medicare plans',
    });
  });

  it('fails the first two tries of a request, then enrols it once; the same key again gets the same answer', async () => {
    const body = enrolment('Flakerty');
    const key = randomUUID();
    const tries = [await enrol(body, key), await enrol(body, key), await enrol(body, key)];
    expect(tries.map((answer) => answer.status)).toEqual([503, 503, 200]);
    const again = await enrol(body, key);
    expect(again.body).toEqual(tries[2]?.body);
    expect(await storedEnrolments(body.caseReference)).toHaveLength(1);
  });

  it('loses the answer of the first two tries after storing it; the retry under the same key gets it, one enrolment', async () => {
    const body = enrolment('Dropwell');
    const key = randomUUID();
    const lost = await enrol(body, key);
    expect(lost.status).toBe(503);
    expect(await storedEnrolments(body.caseReference)).toHaveLength(1);
    expect((await enrol(body, key)).status).toBe(503);
    const found = await enrol(body, key);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ status: 'enrolled', caseReference: body.caseReference });
    expect(await storedEnrolments(body.caseReference)).toEqual([
      { status: 'enrolled', member_id: found.body['memberId'] },
    ]);
  });

  it('answers a slow scenario late, but answers', async () => {
    const started = Date.now();
    const answer = await enrol(enrolment('Slowbrook'), randomUUID());
    expect(answer.body).toMatchObject({ status: 'enrolled' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  });

  it('refuses a key reused with another request, and a request without a key, storing nothing', async () => {
    const key = randomUUID();
    await enrol(enrolment('Okafor'), key);
    const reused = enrolment('Okafor');
    expect((await enrol(reused, key)).status).toBe(422);
    const keyless = enrolment('Okafor');
    const missing = await enrol(keyless, undefined);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('Idempotency-Key');
    expect(await storedEnrolments(reused.caseReference)).toHaveLength(0);
    expect(await storedEnrolments(keyless.caseReference)).toHaveLength(0);
  });

  it('names each bad field, and knows only its programmes', async () => {
    const bad = await enrol({ ...enrolment('Okafor'), consentedOn: 'yesterday' }, randomUUID());
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('#/consentedOn');
    const unknown = await sandbox.service.http.request('POST', '/programs/no-such/enrollments', {
      json: enrolment('Okafor'),
      token: sandbox.provider,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(unknown.status).toBe(404);
  });

  it('admits providers only', async () => {
    const nurse = await tokenFor('nurse', 'rn-1');
    expect((await enrol(enrolment('Okafor'), randomUUID(), nurse)).status).toBe(403);
  });
});
