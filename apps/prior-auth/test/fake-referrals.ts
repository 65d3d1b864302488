import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

/** One read of a document's content, as referrals saw it. */
export interface DocumentRead {
  path: string;
  authorization: string | undefined;
}

/**
 * The referrals service's document-content route (`GET /v1/referrals/:id/documents/:documentId/content`)
 * in the test process: every document answers with its bytes, unless a test makes it missing.
 */
export class FakeReferrals {
  readonly reads: DocumentRead[] = [];
  private readonly missing = new Set<string>();
  private server?: Server;
  url = '';

  /** The bytes served for a document: its id, so the bundle shows which document it carries. */
  static contentOf(documentId: string): Buffer {
    return Buffer.from(`%PDF-1.4 document ${documentId}`);
  }

  makeMissing(documentId: string): void {
    this.missing.add(documentId);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '';
      this.reads.push({ path, authorization: request.headers.authorization });
      const match = /^\/v1\/referrals\/[0-9a-f-]{36}\/documents\/([0-9a-f-]{36})\/content$/.exec(
        path,
      );
      if (request.method !== 'GET' || !match || this.missing.has(match[1]!)) {
        response.statusCode = 404;
        response.setHeader('content-type', 'application/problem+json');
        response.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
        return;
      }
      response.setHeader('content-type', 'application/pdf');
      response.end(FakeReferrals.contentOf(match[1]!));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
