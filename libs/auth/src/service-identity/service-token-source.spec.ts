import {
  authConfig,
  ConfigValidationError,
  describeEnvironment,
  loadConfig,
  serviceIdentityConfig,
} from '@infuse/config';
import { JwtVerifier } from '../jwt/jwt-verifier';
import { serviceTokenSource } from './service-token-source';

const DEVELOPMENT = { NODE_ENV: 'development' };

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig([serviceIdentityConfig], env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('serviceTokenSource in development', () => {
  const config = loadConfig([authConfig, serviceIdentityConfig], DEVELOPMENT);
  const tokens = serviceTokenSource('prior-auth', config.auth, config.serviceIdentity);

  it('signs a token the other services accept as the prior-auth service', async () => {
    const principal = await new JwtVerifier(config.auth).verify(await tokens.token());
    expect(principal).toEqual({ subject: 'prior-auth', role: 'service' });
  });

  it('reuses its token until it is refused', async () => {
    const first = await tokens.token();
    expect(await tokens.token()).toBe(first);
    tokens.invalidate();
    // Signed again; the content may match to the second, but it was obtained anew.
    await expect(tokens.token()).resolves.toEqual(expect.any(String));
  });
});

describe('serviceIdentityConfig', () => {
  it('needs nothing outside production', () => {
    expect(loadConfig([serviceIdentityConfig], DEVELOPMENT).serviceIdentity).toMatchObject({
      NODE_ENV: 'development',
      AUTH_TOKEN_REFRESH_MARGIN_S: 60,
    });
  });

  it('lists every missing client-credentials setting at once in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'AUTH_TOKEN_URL: is required in production',
      'AUTH_CLIENT_ID: is required in production',
      'AUTH_CLIENT_SECRET: is required in production',
    ]);
  });

  it('never shows the client secret', () => {
    const env = {
      NODE_ENV: 'production',
      AUTH_TOKEN_URL: 'not a url',
      AUTH_CLIENT_ID: 'prior-auth',
      AUTH_CLIENT_SECRET: 'hunter2-hunter2',
    };
    expect(problemsOf(env).join('\n')).not.toContain('hunter2');
    expect(describeEnvironment([serviceIdentityConfig], env)['AUTH_CLIENT_SECRET']).toBe('****');
  });
});
