import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

/** One read of a referral's documents, as referrals saw it. */
export interface DocumentRead {
  path: string;
  authorization: string | undefined;
}

interface HeldDocument {
  documentId: string;
  type: string;
  title: string;
  contentType: string;
}

/**
 * The referrals service's read of a referral's documents with their contents
 * (`GET /v1/referrals/:id/documents/contents`) in the test process. It holds the documents the
 * referral events announced (`learn` is given each event published), in their order, and answers
 * with each one's bytes, unless a test makes one missing.
 */
export class FakeReferrals {
  readonly reads: DocumentRead[] = [];
  private readonly documents = new Map<string, HeldDocument[]>();
  private readonly missing = new Set<string>();
  private readonly refused = new Set<string>();
  private server?: Server;
  url = '';

  /** The bytes served for a document: its id, so the bundle shows which document it carries. */
  static contentOf(documentId: string): Buffer {
    return Buffer.from(`%PDF-1.4 document ${documentId}`);
  }

  makeMissing(documentId: string): void {
    this.missing.add(documentId);
  }

  /** Answers 404 for the referral's documents, as for a referral referrals does not know. */
  refuse(referralId: string): void {
    this.refused.add(referralId);
  }

  /** Keeps the documents a referral event announces: an acceptance's, or one added later. */
  learn(event: unknown): void {
    const data = event as {
      referralId?: string;
      documents?: HeldDocument[];
      document?: HeldDocument;
    };
    if (!data.referralId) return;
    const held = this.documents.get(data.referralId) ?? [];
    if (data.documents) held.splice(0, held.length, ...data.documents);
    if (data.document) held.push(data.document);
    this.documents.set(data.referralId, held);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '';
      this.reads.push({ path, authorization: request.headers.authorization });
      const match = /^\/v1\/referrals\/([0-9a-f-]{36})\/documents\/contents$/.exec(path);
      const held =
        match && !this.refused.has(match[1]!) ? this.documents.get(match[1]!) : undefined;
      if (request.method !== 'GET' || !match || !held) {
        response.statusCode = 404;
        response.setHeader('content-type', 'application/problem+json');
        response.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
        return;
      }
      const documents = held
        .filter((document) => !this.missing.has(document.documentId))
        .map((document) => ({
          documentId: document.documentId,
          type: document.type,
          title: document.title,
          contentType: document.contentType,
          contentBase64: FakeReferrals.contentOf(document.documentId).toString('base64'),
        }));
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ referralId: match[1], documents }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
