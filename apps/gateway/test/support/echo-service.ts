import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

/** What the service received, as the gateway forwarded it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
}

/** A problem a service answers on /problem, which must reach the browser byte for byte. */
export const SERVICE_PROBLEM = JSON.stringify({
  type: 'urn:infuse:problem:validation',
  title: 'Request validation failed',
  status: 422,
  errors: [{ pointer: '#/dose', detail: 'must be positive' }],
});

/**
 * A real HTTP service standing in for one of Infuse's behind the gateway: it answers what it
 * received, or on a few paths a status of its own.
 */
export class EchoService {
  readonly received: ReceivedRequest[] = [];
  private readonly server = createServer((request, response) => this.answer(request, response));
  url = '';

  static async start(): Promise<EchoService> {
    const echo = new EchoService();
    await new Promise<void>((resolve) => echo.server.listen(0, '127.0.0.1', resolve));
    const address = echo.server.address();
    if (typeof address !== 'object' || !address) throw new Error('echo service has no port');
    echo.url = `http://127.0.0.1:${address.port}`;
    return echo;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    let bodyBytes = 0;
    request.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    request.on('end', () => {
      const seen: ReceivedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        bodyBytes,
      };
      this.received.push(seen);
      switch (new URL(seen.url, 'http://service').pathname) {
        case '/problem':
          response.writeHead(422, { 'content-type': 'application/problem+json' });
          response.end(SERVICE_PROBLEM);
          return;
        case '/unavailable':
          response.writeHead(503, {
            'content-type': 'application/problem+json',
            'retry-after': '1',
          });
          response.end(
            JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
          );
          return;
        case '/created':
          response.writeHead(201, { location: '/things/t-1', 'content-type': 'application/json' });
          response.end('{"id":"t-1"}');
          return;
        default:
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(seen));
      }
    });
  }
}
