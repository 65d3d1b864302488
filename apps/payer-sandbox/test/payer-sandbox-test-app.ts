import { startTestApp, type TestApp } from '@infuse/app-testing';
import { type TestResponse, tokenFor } from '@infuse/testing';
import { PayerSandboxModule } from '../src/payer-sandbox.module';
import { payerSandboxService } from '../src/payer-sandbox.service';

export const FHIR_JSON = 'application/fhir+json';

/** The sandbox under test, with the callers the tests play. */
export interface SandboxUnderTest {
  readonly service: TestApp;
  /** prior-auth's provider system. */
  readonly provider: string;
  readonly admin: string;
  reviewer(payerId: string, subject?: string): Promise<string>;
  /** POSTs FHIR JSON to a FHIR route as the provider (or with the token given). */
  fhir<Body = Record<string, unknown>>(
    path: string,
    body: unknown,
    token?: string | null,
  ): Promise<TestResponse<Body>>;
  close(): Promise<void>;
}

export async function startSandbox(
  overrides: Record<string, string> = {},
): Promise<SandboxUnderTest> {
  const service = await startTestApp(
    payerSandboxService,
    (env) => PayerSandboxModule.register(env),
    {
      // The request builder counts days in UTC; so does the payer here.
      PAYER_SANDBOX_TIME_ZONE: 'UTC',
      // Short polling so deliveries to subscribers and other instances' subscriptions show fast.
      OUTBOUND_CALL_POLL_INTERVAL_MS: '200',
      PAYER_SANDBOX_SUBSCRIBERS_REFRESH_MS: '200',
      ...overrides,
    },
  );
  const provider = await tokenFor('provider', 'infuse-prior-auth');
  const admin = await tokenFor('admin', 'ad-1');
  return {
    service,
    provider,
    admin,
    reviewer: (payerId, subject = `rev-${payerId}`) => tokenFor('payer', subject, payerId),
    fhir: <Body>(path: string, body: unknown, token: string | null = provider) =>
      service.http.request<Body>('POST', path, {
        rawBody: JSON.stringify(body),
        headers: { 'content-type': FHIR_JSON },
        ...(token ? { token } : {}),
      }),
    close: () => service.close(),
  };
}
