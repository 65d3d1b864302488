import { Controller, Get, Module, Param } from '@nestjs/common';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Audited, CallableBy, CreateAuditLog1764115200000, Roles } from '@infuse/auth';
import { CoreModule, defineService } from '@infuse/platform';
import {
  dropSchema,
  queryTestDatabase,
  testEnvironment,
  TestHttpClient,
  tokenFor,
  uniqueSuffix,
} from '@infuse/testing';
import { createHttpApp, HttpApiModule } from '../src';

// A route that one other service may call with its own identity, beside the people who use it:
// the shape of referrals serving document contents to prior-auth.
@Controller('v1/documents')
@Roles('intake_coordinator', 'service')
@CallableBy('prior-auth')
class DocumentController {
  @Get(':id')
  @Audited({ action: 'document.read', resourceType: 'document', idParam: 'id' })
  read(@Param('id') id: string): { id: string; patientId: string } {
    return { id, patientId: '0b6b8e55-8d0b-4d5e-9f43-5a3c8a0b2f10' };
  }
}

const service = defineService({
  name: 'referrals',
  title: 'service callers test',
  portVariable: 'SERVICE_CALLERS_TEST_PORT',
  defaultPort: 0,
  schema: 'service_callers_test',
});

describe('service identities on routes (real PostgreSQL)', () => {
  const schema = `service_callers_test_${uniqueSuffix()}`;
  const documentId = '3c9e7a51-2f4d-4b8a-9e6c-71d0a5b2c3e4';
  let app: NestFastifyApplication;
  let http: TestHttpClient;

  @Module({
    imports: [
      CoreModule.forService(service, {
        database: { entities: [], migrations: [CreateAuditLog1764115200000] },
        env: testEnvironment(schema),
      }),
      HttpApiModule,
    ],
    controllers: [DocumentController],
  })
  class ServiceCallersTestModule {}

  beforeAll(async () => {
    app = await createHttpApp(ServiceCallersTestModule, service);
    await app.listen({ port: 0, host: '127.0.0.1' });
    http = new TestHttpClient(await app.getUrl());
  });

  afterAll(async () => {
    await app.close();
    await dropSchema(schema);
  });

  it('admits a service the route names, and audits it by name and role', async () => {
    const response = await http.get(
      `/v1/documents/${documentId}`,
      await tokenFor('service', 'prior-auth'),
    );
    expect(response.status).toBe(200);
    const audit = await queryTestDatabase<{
      actor_subject: string;
      actor_role: string;
      outcome: string;
    }>(
      `SELECT actor_subject, actor_role, outcome FROM "${schema}".audit_log WHERE resource_id = $1`,
      [documentId],
    );
    expect(audit).toContainEqual({
      actor_subject: 'prior-auth',
      actor_role: 'service',
      outcome: 'success',
    });
  });

  it('refuses a service the route does not name with 403, and audits the refusal', async () => {
    const response = await http.get(
      `/v1/documents/${documentId}`,
      await tokenFor('service', 'pharmacy'),
    );
    expect(response.status).toBe(403);
    const audit = await queryTestDatabase<{ outcome: string }>(
      `SELECT outcome FROM "${schema}".audit_log WHERE actor_subject = 'pharmacy'`,
    );
    expect(audit).toEqual([{ outcome: 'denied' }]);
  });

  it('still admits the people the route names, and no one else', async () => {
    expect(
      (await http.get(`/v1/documents/${documentId}`, await tokenFor('intake_coordinator'))).status,
    ).toBe(200);
    expect((await http.get(`/v1/documents/${documentId}`, await tokenFor('nurse'))).status).toBe(
      403,
    );
  });
});
