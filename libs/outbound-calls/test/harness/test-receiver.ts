import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface Answer {
  status: number;
  /** Sent as JSON, or as it is when a Buffer (a document). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Answers only after this long: a receiver that is slow to answer. */
  delayMs?: number;
}

/** What the receiver does with a request: answer it, or drop the connection without a word. */
export type Behaviour = (request: ReceivedRequest, index: number) => Answer | 'drop';

/**
 * A payer (or any receiver) on a real HTTP server: records every request, answers as the test
 * says, and, like a well-behaved receiver, applies each Idempotency-Key once and answers a repeat
 * with the first answer.
 */
export class TestReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** Requests applied: one per Idempotency-Key. */
  applied = 0;
  private readonly answers = new Map<string, Answer>();
  private server?: Server;

  constructor(
    private behaviour: Behaviour = () => ({ status: 200, body: { outcome: 'queued' } }),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/fhir`;
  }

  behave(behaviour: Behaviour): void {
    this.behaviour = behaviour;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.receive(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const received = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(received);
    const key = request.headers['idempotency-key'];
    const repeated = typeof key === 'string' ? this.answers.get(key) : undefined;
    const answer = repeated ?? this.behaviour(received, this.requests.length - 1);
    if (answer === 'drop') {
      request.socket.destroy();
      return;
    }
    if (!repeated && answer.status < 300 && typeof key === 'string') {
      this.applied += 1;
      // A repeat gets the same answer at once: the work is done, only the first answer was slow.
      this.answers.set(key, { ...answer, delayMs: 0 });
    }
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (Buffer.isBuffer(answer.body)) {
      response.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }
}
