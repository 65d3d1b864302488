import type { DocumentContentType } from '@infuse/contracts';
import { CONTENT_TYPE_WORDS, isOneOf } from './referral-words';

/**
 * Intake's limit on one document: INTAKE_MAX_DOCUMENT_BYTES, 10 MB unless the referrals service
 * is set otherwise (its 400 then says so beside the file).
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * What one request may carry: the services and the gateway take bodies up to 16 MB, and base64
 * makes a file a third larger, so the files sent with one referral stay under 11 MB together.
 */
export const MAX_FILES_PER_REQUEST_BYTES = 11 * 1024 * 1024;

/** The file chooser's `accept`: the content types intake stores, and their usual extensions. */
export const DOCUMENT_ACCEPT = [
  ...Object.keys(CONTENT_TYPE_WORDS),
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
  '.txt',
].join(',');

export const DOCUMENT_TYPES_IN_WORDS = `${Object.values(CONTENT_TYPE_WORDS).join(', ')}; up to ${
  MAX_DOCUMENT_BYTES / (1024 * 1024)
} MB`;

/** The file's content type as intake names it, or undefined when intake does not take it. */
export function contentTypeOf(file: File): DocumentContentType | undefined {
  return isOneOf(CONTENT_TYPE_WORDS, file.type) ? file.type : undefined;
}

/** Why intake would refuse the file, or undefined when it will take it. */
export function fileProblem(file: File): string | undefined {
  if (!contentTypeOf(file)) return `Choose a ${Object.values(CONTENT_TYPE_WORDS).join(', ')} file`;
  if (file.size === 0) return 'The file is empty';
  if (file.size > MAX_DOCUMENT_BYTES)
    return `The file is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB`;
  return undefined;
}

/** The file's bytes in base64, as intake takes a document's contents. */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      // A data URL: `data:<type>;base64,<contents>`.
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** A file's size in words, e.g. "2.4 MB", "812 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
