import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { authConfig, type AuthConfig, loadConfig } from '@infuse/config';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { signDevelopmentToken } from './development-token';
import { InvalidTokenError } from './invalid-token.error';
import { JwtVerifier } from './jwt-verifier';

// Production: tokens come from an identity provider and are checked against its published keys.
describe('JwtVerifier against an identity provider JWKS (RS256)', () => {
  let server: Server;
  let verifier: JwtVerifier;
  let privateKey: KeyLike;
  let config: AuthConfig;

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey;
    const jwks = {
      keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' }],
    };
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    config = loadConfig([authConfig], {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      AUTH_ISSUER: 'https://idp.example.org',
      AUTH_AUDIENCE: 'infuse',
    }).auth;
    verifier = new JwtVerifier(config);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const idpToken = (claims: Record<string, unknown>, key: KeyLike = privateKey) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setSubject('rn-42')
      .setIssuer('https://idp.example.org')
      .setAudience('infuse')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by the identity provider', async () => {
    await expect(verifier.verify(await idpToken({ role: 'nurse' }))).resolves.toEqual({
      subject: 'rn-42',
      role: 'nurse',
    });
  });

  it('refuses a token signed by another key', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(
      verifier.verify(await idpToken({ role: 'nurse' }, stranger.privateKey)),
    ).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses a development (HS256) token in production', async () => {
    const development = await signDevelopmentToken({ role: 'admin', subject: 'ad-1' }, config);
    await expect(verifier.verify(development)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
