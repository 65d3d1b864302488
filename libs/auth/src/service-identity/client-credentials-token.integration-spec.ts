import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { authConfig, loadConfig, serviceIdentityConfig } from '@infuse/config';
import { ServiceTokenError } from './client-credentials-token';
import { serviceTokenSource } from './service-token-source';

interface TokenRequest {
  authorization: string | undefined;
  contentType: string | undefined;
  form: URLSearchParams;
}

// A tiny identity provider: the token endpoint of the client-credentials grant.
describe('serviceTokenSource in production (OAuth 2.0 client credentials)', () => {
  let server: Server;
  let tokenUrl: string;
  const requests: TokenRequest[] = [];
  let expiresIn = 3600;

  beforeAll(async () => {
    server = createServer((request, response) => {
      void readBody(request).then((body) => {
        const form = new URLSearchParams(body);
        requests.push({
          authorization: request.headers.authorization,
          contentType: request.headers['content-type'],
          form,
        });
        const expected = `Basic ${Buffer.from('prior-auth:s3cret%26more').toString('base64')}`;
        response.setHeader('content-type', 'application/json');
        if (request.headers.authorization !== expected) {
          response.statusCode = 401;
          response.end(JSON.stringify({ error: 'invalid_client' }));
          return;
        }
        response.end(
          JSON.stringify({
            access_token: `token-${requests.length}`,
            token_type: 'Bearer',
            expires_in: expiresIn,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth2/token`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    requests.length = 0;
    expiresIn = 3600;
  });

  function tokensWith(secret: string) {
    const config = loadConfig([authConfig, serviceIdentityConfig], {
      NODE_ENV: 'production',
      AUTH_JWKS_URL: 'https://idp.example.org/jwks.json',
      AUTH_TOKEN_URL: tokenUrl,
      AUTH_CLIENT_ID: 'prior-auth',
      AUTH_CLIENT_SECRET: secret,
      AUTH_CLIENT_SCOPE: 'infuse.referrals.read',
    });
    return serviceTokenSource('prior-auth', config.auth, config.serviceIdentity);
  }

  it('asks the identity provider once, with the client credentials, and reuses the token', async () => {
    const tokens = tokensWith('s3cret&more');

    const concurrent = await Promise.all([tokens.token(), tokens.token(), tokens.token()]);
    const later = await tokens.token();

    expect(concurrent).toEqual(['token-1', 'token-1', 'token-1']);
    expect(later).toBe('token-1');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.contentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(requests[0]!.form)).toEqual({
      grant_type: 'client_credentials',
      scope: 'infuse.referrals.read',
    });
    console.log(`[client credentials] callers=4 tokenRequests=${requests.length}`);
  });

  it('asks again once the token is close to expiry or was refused', async () => {
    const tokens = tokensWith('s3cret&more');
    expiresIn = 1;
    expect(await tokens.token()).toBe('token-1');
    // A one-second token is renewed after half its life.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await tokens.token()).toBe('token-2');

    expiresIn = 3600;
    tokens.invalidate();
    expect(await tokens.token()).toBe('token-3');
    expect(requests).toHaveLength(3);
  });

  it('says why it has no token without repeating the secret', async () => {
    const tokens = tokensWith('wrong-secret');
    const failure = tokens.token();
    await expect(failure).rejects.toThrow(ServiceTokenError);
    await expect(failure).rejects.toThrow(
      'no service token: the identity provider answered 401 invalid_client',
    );
    await failure.catch((error: Error) => expect(error.message).not.toContain('wrong-secret'));
  });
});

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}
