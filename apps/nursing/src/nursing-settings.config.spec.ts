import { loadConfig } from '@infuse/config';
import { nursingSettingsConfig } from './nursing-settings.config';

const settings = (env: Record<string, string>) => loadConfig([nursingSettingsConfig], env).nursing;

describe('nursing settings', () => {
  it.each([
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'test' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{}, false],
    [{ NODE_ENV: 'production', NURSING_SEED_DEVELOPMENT_NURSES: 'true' }, true],
    [{ NODE_ENV: 'development', NURSING_SEED_DEVELOPMENT_NURSES: 'false' }, false],
  ])('seeds the development nurses with %j: %s', (env, seeds) => {
    expect(settings(env).NURSING_SEED_DEVELOPMENT_NURSES).toBe(seeds);
  });

  it('gives the device clock 5 minutes ahead and flags weights 10 % off by default', () => {
    expect(settings({})).toMatchObject({
      NURSING_DEVICE_CLOCK_AHEAD_SECONDS: 300,
      NURSING_WEIGHT_FLAG_PERCENT: 10,
      NURSING_TIME_ZONE: 'America/New_York',
    });
  });

  it('refuses a time zone that does not exist', () => {
    expect(() => settings({ NURSING_TIME_ZONE: 'Mars/Olympus' })).toThrow(/NURSING_TIME_ZONE/);
  });
});
