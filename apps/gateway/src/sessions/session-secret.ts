import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The browser holds a session's random secret; the database holds only its SHA-256 and the
 * session's tokens encrypted under a key derived from the secret. A copy of the database alone
 * names no session a browser could present and holds no usable token.
 */
const SECRET_BYTES = 32;
const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** A secret as a cookie or query can carry it; anything else is no secret of ours. */
export function isWellFormedSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_FORMAT.test(value);
}

/** The key a secret is stored under. */
export function hashOfSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

function keyOf(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', `infuse-gateway ${purpose}`, 32));
}

/** AES-256-GCM under the secret's key: IV, tag and ciphertext in one buffer. */
export function seal(secret: string, purpose: string, plaintext: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Opens what seal() made with the same secret and purpose; throws on any tampering. */
export function unseal(secret: string, purpose: string, sealed: Buffer): string {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, purpose), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]).toString('utf8');
}
