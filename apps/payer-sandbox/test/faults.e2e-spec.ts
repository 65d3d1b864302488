import { queryTestDatabase } from '@infuse/testing';
import { homeInfusionRequest } from './home-infusion-request';
import { type SandboxUnderTest, startSandbox } from './payer-sandbox-test-app';

describe('payer sandbox: injected faults', () => {
  let sandbox: SandboxUnderTest;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });

  afterAll(async () => {
    await sandbox.close();
  });

  afterEach(async () => {
    await sandbox.service.http.request('DELETE', '/v1/faults', { token: sandbox.admin });
  });

  const inject = (fault: Record<string, unknown>, token = sandbox.admin) =>
    sandbox.service.http.post<Record<string, unknown>>('/v1/faults', fault, token);

  async function storedRequests(claimValue: string): Promise<number> {
    const rows = await queryTestDatabase(
      `SELECT id FROM "${sandbox.service.schema}".authorization_request WHERE claim_value = $1`,
      [claimValue],
    );
    return rows.length;
  }

  it('fails the next calls before processing, storing nothing; a retry later gets an answer', async () => {
    const fault = {
      payerId: 'acme-health',
      operation: 'submit',
      status: 503,
      count: 2,
      when: 'before',
    };
    expect((await inject(fault)).status).toBe(201);
    const request = homeInfusionRequest({ claimValue: 'PA-fault-before' });
    const failures = [
      await sandbox.fhir('/fhir/Claim/$submit', request),
      await sandbox.fhir('/fhir/Claim/$submit', request),
    ];
    expect(failures.map((failure) => failure.status)).toEqual([503, 503]);
    expect(failures[0]?.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'transient' }],
    });
    expect(await storedRequests('PA-fault-before')).toBe(0);
    const retry = await sandbox.fhir('/fhir/Claim/$submit', request);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ resourceType: 'Bundle' });
    expect(await storedRequests('PA-fault-before')).toBe(1);
  });

  it('loses the answer after storing it; the repeat gets the stored answer and stores nothing new', async () => {
    await inject({
      payerId: 'acme-health',
      operation: 'submit',
      status: 503,
      count: 1,
      when: 'after',
    });
    const request = homeInfusionRequest({ claimValue: 'PA-fault-after' });
    const lost = await sandbox.fhir('/fhir/Claim/$submit', request);
    expect(lost.status).toBe(503);
    expect(await storedRequests('PA-fault-after')).toBe(1);
    const [stored] = await queryTestDatabase<{ response_bundle: unknown }>(
      `SELECT response_bundle FROM "${sandbox.service.schema}".authorization_request WHERE claim_value = $1`,
      ['PA-fault-after'],
    );
    const repeat = await sandbox.fhir('/fhir/Claim/$submit', request);
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(stored?.response_bundle);
    expect(await storedRequests('PA-fault-after')).toBe(1);
  });

  it("fails only the named payer's operation", async () => {
    await inject({
      payerId: 'northwind-medicare',
      operation: 'submit',
      status: 500,
      count: 1,
      when: 'before',
    });
    await inject({
      payerId: 'acme-health',
      operation: 'inquire',
      status: 502,
      count: 1,
      when: 'before',
    });
    const acme = await sandbox.fhir('/fhir/Claim/$submit', homeInfusionRequest());
    expect(acme.status).toBe(200);
    const northwind = await sandbox.fhir(
      '/fhir/Claim/$submit',
      homeInfusionRequest({ payerId: 'northwind-medicare', memberId: 'NW7A3K9Q2X' }),
    );
    expect(northwind.status).toBe(500);
  });

  it('is for administrators only, and names a payer the sandbox plays', async () => {
    const fault = {
      payerId: 'acme-health',
      operation: 'submit',
      status: 503,
      count: 1,
      when: 'before',
    };
    expect((await inject(fault, await sandbox.reviewer('acme-health'))).status).toBe(403);
    const unknown = await inject({ ...fault, payerId: 'blue-yonder', status: 404 });
    expect(unknown.status).toBe(400);
    expect(unknown.body['errors']).toEqual([expect.objectContaining({ pointer: '#/status' })]);
    const unknownPayer = await inject({ ...fault, payerId: 'blue-yonder' });
    expect(unknownPayer.status).toBe(400);
    expect(unknownPayer.body['errors']).toEqual([
      expect.objectContaining({ pointer: '#/payerId' }),
    ]);
  });
});
