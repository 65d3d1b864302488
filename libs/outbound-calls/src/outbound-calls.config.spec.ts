import { ConfigValidationError, loadConfig } from '@infuse/config';
import { outboundCallsConfig } from './outbound-calls.config';

describe('outboundCallsConfig', () => {
  it('has defaults whose lease outlasts a dispatch', () => {
    const config = loadConfig([outboundCallsConfig], {}).outboundCalls;
    expect(config.OUTBOUND_CALL_LEASE_MS).toBeGreaterThan(3 * config.OUTBOUND_CALL_TIMEOUT_MS);
  });

  it('refuses a lease shorter than the longest dispatch', () => {
    const load = () =>
      loadConfig([outboundCallsConfig], {
        OUTBOUND_CALL_TIMEOUT_MS: '30000',
        OUTBOUND_CALL_RETRIES: '3',
        OUTBOUND_CALL_LEASE_MS: '60000',
      });
    expect(load).toThrow(ConfigValidationError);
    expect(load).toThrow(/OUTBOUND_CALL_LEASE_MS: must exceed the longest dispatch, 126000 ms/);
  });
});
