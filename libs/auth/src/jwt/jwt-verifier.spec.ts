import { loadConfig, authConfig } from '@infuse/config';
import { SignJWT } from 'jose';
import { signDevelopmentToken } from './development-token';
import { InvalidTokenError } from './invalid-token.error';
import { JwtVerifier } from './jwt-verifier';

const config = loadConfig([authConfig], { NODE_ENV: 'test', AUTH_JWT_SECRET: 'x'.repeat(40) }).auth;
const verifier = new JwtVerifier(config);

async function signWith(
  claims: Record<string, unknown>,
  secret = config.AUTH_JWT_SECRET,
  expires = '1h',
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
}

describe('JwtVerifier with the development secret', () => {
  it('accepts a development token and reads its role and payer', async () => {
    const token = await signDevelopmentToken(
      { role: 'payer', subject: 'rev-7', payerId: 'acme-health' },
      config,
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'rev-7',
      role: 'payer',
      payerId: 'acme-health',
    });
  });

  it.each([
    ['a forged signature', () => signWith({ sub: 'ph-1', role: 'pharmacist' }, 'y'.repeat(40))],
    ['an expired token', () => signWith({ sub: 'ph-1', role: 'pharmacist' }, undefined, '-1m')],
    ['an unknown role', () => signWith({ sub: 'ph-1', role: 'surgeon' })],
    ['no subject', () => signWith({ role: 'pharmacist' })],
    ['a payer without payer_id', () => signWith({ sub: 'rev-1', role: 'payer' })],
    ['a token that is not a JWT', () => Promise.resolve('not-a-token')],
    [
      'a token that never expires',
      () =>
        new SignJWT({ sub: 'ph-1', role: 'pharmacist' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(config.AUTH_ISSUER)
          .setAudience(config.AUTH_AUDIENCE)
          .sign(new TextEncoder().encode(config.AUTH_JWT_SECRET)),
    ],
  ])('rejects %s', async (_case, makeToken) => {
    await expect(verifier.verify(await makeToken())).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('rejects a token for another audience', async () => {
    const other = new JwtVerifier({ ...config, AUTH_AUDIENCE: 'someone-else' });
    const token = await signDevelopmentToken({ role: 'nurse', subject: 'rn-1' }, config);
    await expect(other.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
