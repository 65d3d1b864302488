import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { AuthorizationRepository } from '../persistence/authorization.repository';
import { UpdateAuthorizationUseCase } from './update-authorization.use-case';

/** A brand a pharmacist chose that bills under another HCPCS code than the one authorized. */
export interface ProductChange {
  authorizationId: string;
  productBrand: string;
}

/**
 * Asks the payer to authorize the brand pharmacy will dispense, as an update of the authorization
 * that names another code; once per brand while that update is alive.
 */
@Injectable()
export class RequestProductChangeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly authorizations: AuthorizationRepository,
    private readonly update: UpdateAuthorizationUseCase,
  ) {}

  execute(change: ProductChange, invocation: Invocation): Promise<void> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const { authorizationId, productBrand } = change;
      if (await this.authorizations.hasLiveUpdateFor(manager, authorizationId, productBrand))
        return;
      await this.update.execute(
        authorizationId,
        { productBrand },
        { ...invocation, transaction: manager },
      );
    });
  }
}
