/* eslint-disable @nx/enforce-module-boundaries --
   The system tests' harness runs the apps as processes exactly as the console's tests need them;
   one harness for both keeps a single way of starting Infuse in tests. This file alone reaches
   into it. */
import { type ServiceName } from '@infuse/contracts';
import { type InfuseStack, startInfuseStack } from '../../../system-e2e/test/support/infuse-stack';

export { type InfuseStack } from '../../../system-e2e/test/support/infuse-stack';
export { waitFor } from '../../../system-e2e/test/support/wait-for';
export {
  daysAgo,
  type ReferralBody,
  referralFor,
  withIgg,
} from '../../../system-e2e/test/support/referral-for-payer';

/** Every service, in the order each one's callees start first (as the whole-cycle test). */
const SERVICES: ServiceName[] = [
  'referrals',
  'payer-sandbox',
  'prior-auth',
  'pharmacy',
  'nursing',
  'workers',
];

/**
 * The six services and the gateway as processes, in schemas and topics of this run, the gateway
 * serving the console's build: what a person's browser meets at `npm start`'s :3000.
 */
export function startConsoleStack(): Promise<InfuseStack> {
  return startInfuseStack(
    SERVICES,
    // The development nurses: rn-1 covers Baltimore, where the fixtures' patients live.
    { nursing: { NURSING_SEED_DEVELOPMENT_NURSES: 'true' } },
    { gateway: true },
  );
}
