import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { systemActor } from '@infuse/contracts';
import { OutboundCalls } from '@infuse/outbound-calls';
import { DataSource } from 'typeorm';
import { AuthorizationCalendar } from '../authorization-calendar';
import { PayerDirectory } from '../payer-directory/payer-directory';
import {
  pharmacyIdentityConfig,
  type PharmacyIdentityConfig,
} from '../payer-directory/pharmacy-identity.config';
import { payerTarget } from '../payer-directory/prior-auth-call-targets';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';
import { FHIR_JSON, SubscribeAtPayer } from './payer-call-kinds';
import { pasSubscription } from './pas-subscription';

const actor = systemActor('prior-auth');

/**
 * Subscribes with every payer in the directory at boot, so pended requests' decisions come by
 * rest-hook [PAS-SPEC: the client SHALL subscribe]. Each payer and endpoint is asked once: the
 * row claims it across restarts and instances, and the call is durable like any other.
 */
@Injectable()
export class PayerSubscriptions implements OnApplicationBootstrap {
  private readonly logger = new Logger('PayerSubscriptions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PayerDirectory,
    private readonly outboundCalls: OutboundCalls,
    private readonly calendar: AuthorizationCalendar,
    @Inject(priorAuthSettingsConfig.token) private readonly settings: PriorAuthSettings,
    @Inject(pharmacyIdentityConfig.token) private readonly pharmacy: PharmacyIdentityConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.PRIOR_AUTH_SUBSCRIBE_AT_BOOT) return;
    const endpoint = new URL(
      'fhir/notifications',
      withSlash(this.settings.PRIOR_AUTH_PUBLIC_URL),
    ).toString();
    let asked = 0;
    for (const payer of this.directory.all())
      if (await this.subscribeOnce(payer.id, endpoint)) asked += 1;
    this.logger.log(`asked ${asked} payers to notify ${endpoint}`);
  }

  private subscribeOnce(payerId: string, endpoint: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager.query<unknown[]>(
        `INSERT INTO payer_subscription (payer_id, endpoint, status, requested_at) VALUES ($1, $2, 'requested', $3)
         ON CONFLICT (payer_id, endpoint) DO NOTHING RETURNING payer_id`,
        [payerId, endpoint, this.calendar.now()],
      );
      if (claimed.length === 0) return false;
      await this.outboundCalls.record(manager, SubscribeAtPayer, {
        request: {
          target: payerTarget(payerId),
          method: 'POST',
          path: 'Subscription',
          headers: { accept: FHIR_JSON },
          body: {
            text: JSON.stringify(
              pasSubscription(endpoint, {
                name: this.pharmacy.PHARMACY_NAME,
                npi: this.pharmacy.PHARMACY_NPI,
              }),
            ),
            contentType: FHIR_JSON,
          },
        },
        context: { payerId, endpoint },
        // Not about a referral: the subscription's own key stands in for the correlation id.
        correlationId: `subscription:${payerId}`,
        actor,
      });
      return true;
    });
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
