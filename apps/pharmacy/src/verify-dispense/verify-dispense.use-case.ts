import { Inject, Injectable } from '@nestjs/common';
import { routeForTherapy } from '@infuse/clinical';
import { type Invocation } from '@infuse/messaging';
import { ClinicalPolicy } from '../clinical-policy';
import { DispenseChangeRunner } from '../dispense-change.runner';
import { type DispenseSummary } from '../dispense-summary';
import { type Acknowledgement, type AuthorizationUpdate } from '../domain/dispense-order.aggregate';
import { DispenseError } from '../domain/dispense.errors';
import { computeWorksheet } from '../domain/worksheet/build-worksheet';
import { type Worksheet } from '../domain/worksheet/worksheet';
import { worksheetInputOf } from '../domain/worksheet/worksheet-input';
import { PHARMACY_ACTIONS } from '../pharmacy-audit';
import { pharmacySettingsConfig, type PharmacySettings } from '../pharmacy-settings.config';

export interface VerificationInput {
  /** Another brand than the one proposed; the screen runs again for it. */
  productId?: string;
  acknowledgements: Acknowledgement[];
}

/**
 * A pharmacist verifies the dose against the patient on the worksheet computed now (for the
 * brand she chose), which is stored with the order as she saw it. A brand billed under another
 * code than the authorized one asks prior-auth for an update; it cannot be released before.
 */
@Injectable()
export class VerifyDispenseUseCase {
  constructor(
    private readonly runner: DispenseChangeRunner,
    private readonly clinical: ClinicalPolicy,
    @Inject(pharmacySettingsConfig.token) private readonly settings: PharmacySettings,
  ) {}

  execute(id: string, input: VerificationInput, invocation: Invocation): Promise<DispenseSummary> {
    return this.runner.run(id, invocation, PHARMACY_ACTIONS.verify, ({ context, stamp }) => {
      const { order } = context;
      order.requireStatus(['awaiting_verification'], 'verified');
      const productId = input.productId ?? order.productId;
      this.requireDispensable(productId, order.snapshot.therapy);
      const result = computeWorksheet(
        worksheetInputOf(context, productId, this.settings.REFERRALS_URL, this.clinical.settings),
        this.clinical.settings,
      );
      if (!result.ok)
        throw new DispenseError('DISPENSE.WORKSHEET_UNAVAILABLE', result.problem.message, {
          reason: result.problem.code,
        });
      order.verify(
        result.worksheet,
        input.acknowledgements,
        stamp,
        authorizationUpdateFor(result.worksheet),
      );
    });
  }

  private requireDispensable(productId: string, therapy: 'IVIG' | 'SCIG'): void {
    const route = routeForTherapy(therapy);
    const product = this.clinical.settings.products.find((candidate) => candidate.id === productId);
    if (!product?.routes.includes(route))
      throw new DispenseError(
        'DISPENSE.PRODUCT_NOT_DISPENSABLE',
        product
          ? `${product.brandName} is not given ${route}, as this ${therapy} order is.`
          : `${productId} is not a product of the catalogue.`,
        { fieldErrors: [{ pointer: '/productId', detail: `not a ${route} product` }] },
      );
  }
}

/** Prior-auth is asked to authorize the chosen brand's code when it is not the authorized one. */
function authorizationUpdateFor(worksheet: Worksheet): AuthorizationUpdate | undefined {
  const { authorization, billing, product } = worksheet;
  if (!authorization || authorization.hcpcs === billing.hcpcs) return undefined;
  return {
    authorizationId: authorization.authorizationId,
    authorizedHcpcs: authorization.hcpcs,
    requestedHcpcs: billing.hcpcs,
    productBrand: product.brandName,
  };
}
