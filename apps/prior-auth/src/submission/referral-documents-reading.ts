import { type HttpResponse } from '@infuse/outbound-calls';
import { type PasDocument } from '@infuse/pas';
import { z } from 'zod';
import { type SubmissionDocument } from './payer-call-kinds';
import { parseStorableJson } from './storable-json';

// What prior-auth reads of referrals' answer to GET /v1/referrals/:id/documents/contents.
const documentContentsSchema = z.object({
  documents: z.array(z.object({ documentId: z.string(), contentBase64: z.string() })),
});

/** The submission's documents with their contents, or what keeps them from being sent. */
export type DocumentsRead = { ok: true; documents: PasDocument[] } | { ok: false; problem: string };

/**
 * The documents a submission sends, in its order, with the contents referrals answered. Each is
 * described as prior-auth's copy of the referral lists it; a document referrals did not return
 * stops the submission, naming it.
 */
export function documentsIn(
  response: HttpResponse,
  wanted: readonly SubmissionDocument[],
): DocumentsRead {
  const answer = documentContentsSchema.safeParse(parseStorableJson(response.text()));
  if (!answer.success)
    return {
      ok: false,
      problem:
        'the documents could not be read: referrals answered in a form prior-auth cannot read',
    };
  const contents = new Map(
    answer.data.documents.map((document) => [document.documentId, document.contentBase64]),
  );
  const documents: PasDocument[] = [];
  for (const document of wanted) {
    const data = contents.get(document.documentId);
    if (data === undefined)
      return {
        ok: false,
        problem: `document "${document.title}" could not be read: referrals did not return it`,
      };
    documents.push({
      id: document.documentId,
      type: document.type,
      title: document.title,
      contentType: document.contentType,
      data,
    });
  }
  return { ok: true, documents };
}
