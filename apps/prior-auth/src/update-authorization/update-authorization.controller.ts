import {
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  Inject,
  Injectable,
  Param,
  Post,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, Roles } from '@infuse/auth';
import { findProductByBrandName } from '@infuse/clinical';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { z } from 'zod';
import { AUTHORIZATION_ACTIONS, AUTHORIZATION_RESOURCE } from '../authorization-audit';
import { type AuthorizationSummary } from '../authorization-summary';
import { mapAuthorizationErrors } from '../http/authorization-error.mapper';
import { AuthorizationIdPipe } from '../http/authorization-id';
import { priorAuthSettingsConfig, type PriorAuthSettings } from '../prior-auth-settings.config';
import { type TherapyChange, UpdateAuthorizationUseCase } from './update-authorization.use-case';

/** The body of an update: a brand the catalogue knows and a dose within the intake bounds. */
function therapyChangeSchema(settings: PriorAuthSettings) {
  return z
    .strictObject({
      productBrand: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .refine(
          (brand) => findProductByBrandName(brand) !== undefined,
          'not a product in the catalogue',
        )
        .optional(),
      doseGramsPerKg: z
        .number()
        .min(
          settings.PRIOR_AUTH_MIN_DOSE_G_PER_KG,
          `must be at least ${settings.PRIOR_AUTH_MIN_DOSE_G_PER_KG} g/kg`,
        )
        .max(
          settings.PRIOR_AUTH_MAX_DOSE_G_PER_KG,
          `must be at most ${settings.PRIOR_AUTH_MAX_DOSE_G_PER_KG} g/kg`,
        )
        .optional(),
    })
    .refine((change) => change.productBrand !== undefined || change.doseGramsPerKg !== undefined, {
      message: 'give productBrand, doseGramsPerKg or both',
    });
}

/** The body of `POST /v1/authorizations/:id/update`, bounded by the settings. */
@Injectable()
export class TherapyChangePipe extends ZodValidationPipe<ReturnType<typeof therapyChangeSchema>> {
  constructor(@Inject(priorAuthSettingsConfig.token) settings: PriorAuthSettings) {
    super(therapyChangeSchema(settings));
  }
}

@ApiTags('authorizations')
@Controller('v1/authorizations/:id/update')
@Roles('intake_coordinator', 'admin')
export class UpdateAuthorizationController {
  constructor(private readonly updateAuthorization: UpdateAuthorizationUseCase) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Audited({
    action: AUTHORIZATION_ACTIONS.update,
    resourceType: AUTHORIZATION_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description:
      'An update request for an approved authorization, or the amended request sent again',
  })
  update(
    @Param('id', AuthorizationIdPipe) id: string,
    @Body(TherapyChangePipe) change: TherapyChange,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<AuthorizationSummary> {
    return mapAuthorizationErrors(() => this.updateAuthorization.execute(id, change, invocation));
  }
}
