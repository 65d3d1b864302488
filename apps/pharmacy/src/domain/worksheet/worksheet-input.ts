import { type ClinicalSettings, getProduct } from '@infuse/clinical';
import { grantFor } from '../authorization-grant';
import { type DispenseOrder } from '../dispense-order.aggregate';
import { type ReferralCopy } from '../referral-copy';
import { type AuthorizationBalance } from './authorization-section';
import { type WorksheetInput } from './build-worksheet';

/**
 * The worksheet's inputs for an order and a product (the one proposed, or another the
 * pharmacist chose): the authorization it would be dispensed against is the one covering its
 * first day with the product's code, else one covering the day, so the worksheet can say the
 * code is not authorized.
 */
export function worksheetInputOf(
  context: {
    order: DispenseOrder;
    referral: ReferralCopy;
    grants: readonly AuthorizationBalance[];
    previousDose?: { date: string; productId: string };
  },
  productId: string,
  referralsUrl: string,
  settings: ClinicalSettings,
): WorksheetInput {
  const { order } = context;
  const hcpcs = getProduct(productId, settings).hcpcs.code;
  const grant = grantFor(
    context.grants.map((balance) => balance.grant),
    order.dueOn,
    hcpcs,
  );
  const authorization = context.grants.find(
    (balance) => balance.grant.authorizationId === grant?.authorizationId,
  );
  return {
    referral: context.referral,
    productId,
    cycle: order.cycle,
    administrationDates: order.administrationDates,
    ...(context.previousDose ? { previousDose: context.previousDose } : {}),
    ...(authorization ? { authorization } : {}),
    referralsUrl,
  };
}
