import { AuthorizationExpired, AuthorizationExpiring } from '@infuse/contracts';
import { type PriorAuthTestService, startPriorAuthService } from './prior-auth-test-service';
import { anAcceptedReferral } from './referral-builder';

// The service's clock runs ahead to 20 June 2027, as a demo moves it (CLOCK_OFFSET_MS).
const MOVED_TO = Date.parse('2027-06-20T16:00:00Z');

describe('prior-auth: approved periods ending, on the service’s clock', () => {
  let running: PriorAuthTestService;

  beforeAll(async () => {
    running = await startPriorAuthService('ic-25', {
      CLOCK_OFFSET_MS: String(MOVED_TO - Date.now()),
      PRIOR_AUTH_EXPIRY_SWEEP_INTERVAL_MS: '300',
    });
  });

  afterAll(async () => {
    await running.stop();
  });

  async function approvedUntil(end: string): Promise<string> {
    const referral = anAcceptedReferral();
    running.payer.answer(referral.insurance.memberId!, {
      answer: 'approve',
      authorizationNumber: `AUTH-END-${end}`,
      period: { start: '2026-12-07', end },
    });
    await running.accept(referral);
    const [opened] = await running.requestsOf(referral.referralId);
    return opened!.id;
  }

  it('announces expiring once within 30 days of the end, then expires it once the end has passed', async () => {
    const ended = await approvedUntil('2027-06-06');
    const [expiring] = await running.eventsOf(ended, AuthorizationExpiring.type);
    expect(expiring!.data).toMatchObject({
      authorizationNumber: 'AUTH-END-2027-06-06',
      periodEnd: '2027-06-06',
      payerId: 'acme-health',
    });
    const expired = await running.untilStatus(ended, 'expired');
    expect(expired.history.map((change) => change.status)).toEqual([
      'requested',
      'submitted',
      'approved',
      'expired',
    ]);
    const [event] = await running.eventsOf(ended, AuthorizationExpired.type);
    expect(event!.data).toMatchObject({
      periodEnd: '2027-06-06',
      expiredAt: expect.stringMatching(/^2027-06-20T/),
    });
  });

  it('announces an approval ending within the lead time once, and keeps it approved', async () => {
    const ending = await approvedUntil('2027-07-10');
    await running.eventsOf(ending, AuthorizationExpiring.type);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await running.eventsOf(ending, AuthorizationExpiring.type)).toHaveLength(1);
    expect((await running.untilStatus(ending, 'approved')).status).toBe('approved');
  });

  it('leaves an approval ending later alone', async () => {
    const later = await approvedUntil('2027-09-01');
    await running.untilStatus(later, 'approved');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      running.topic
        .all()
        .filter(
          (message) =>
            (message.data as { authorizationId?: string }).authorizationId === later &&
            [AuthorizationExpiring.type, AuthorizationExpired.type].includes(
              message.headers['ce_type'] ?? '',
            ),
        ),
    ).toEqual([]);
  });
});
