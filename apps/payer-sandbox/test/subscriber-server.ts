import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedNotification {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/** A provider's rest-hook endpoint: keeps what it receives and answers 200. */
export class SubscriberServer {
  readonly received: ReceivedNotification[] = [];
  private server?: Server;
  private port = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        this.received.push({
          path: request.url ?? '',
          headers: request.headers,
          body: JSON.parse(body) as Record<string, unknown>,
        });
        response.statusCode = 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The notifications received at `path`, once at least `count` have arrived. */
  async notificationsAt(
    path: string,
    count = 1,
    timeoutMs = 20_000,
  ): Promise<ReceivedNotification[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.received.filter((notification) => notification.path === path);
      if (at.length >= count || Date.now() > deadline) return at;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
