import { errorNameOf } from './error-name';
import { type CallTarget } from './call-target';

/** The target's token source gave no token (its identity provider is down or refuses). */
export class ServiceTokenUnavailable extends Error {
  constructor(cause: unknown) {
    super(`no bearer token: ${errorNameOf(cause)}`);
    this.name = 'ServiceTokenUnavailable';
  }
}

/** The Authorization header a target wants, obtained at send time: tokens are never stored. */
export async function authorizationFor(target: CallTarget): Promise<Record<string, string>> {
  if (!target.tokenSource) return {};
  try {
    return { authorization: `Bearer ${await target.tokenSource.token()}` };
  } catch (error) {
    throw new ServiceTokenUnavailable(error);
  }
}
