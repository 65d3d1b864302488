import { Inject, Injectable } from '@nestjs/common';
import { signDevelopmentToken } from '@infuse/auth';
import { authConfig, type AuthConfig } from '@infuse/config';
import { type BearerTokenSource } from '@infuse/outbound-calls';

const LIFETIME_SECONDS = 15 * 60;
// Renewed at half its life, so a receiver never finds it expired.
const RENEW_AFTER_MS = (LIFETIME_SECONDS * 1000) / 2;

/**
 * The identity each payer's system shows a subscriber: role `payer`, `payer_id` the payer, sub
 * `payer-sandbox:<payer>`. The sandbox is a development stand-in, so it signs them itself with
 * the development secret the Infuse services verify.
 */
@Injectable()
export class PayerSystemTokens {
  private readonly sources = new Map<string, BearerTokenSource>();

  constructor(@Inject(authConfig.token) private readonly auth: AuthConfig) {}

  forPayer(payerId: string): BearerTokenSource {
    let source = this.sources.get(payerId);
    if (!source) {
      source = new PayerSystemToken(payerId, this.auth);
      this.sources.set(payerId, source);
    }
    return source;
  }
}

class PayerSystemToken implements BearerTokenSource {
  private current?: { value: string; renewAt: number };

  constructor(
    private readonly payerId: string,
    private readonly auth: AuthConfig,
  ) {}

  async token(): Promise<string> {
    if (this.current && Date.now() < this.current.renewAt) return this.current.value;
    const renewAt = Date.now() + RENEW_AFTER_MS;
    const value = await signDevelopmentToken(
      {
        role: 'payer',
        subject: `payer-sandbox:${this.payerId}`,
        payerId: this.payerId,
        expiresIn: `${LIFETIME_SECONDS}s`,
      },
      this.auth,
    );
    this.current = { value, renewAt };
    return value;
  }

  invalidate(): void {
    this.current = undefined;
  }
}
