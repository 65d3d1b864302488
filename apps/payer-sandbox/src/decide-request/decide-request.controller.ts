import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, CurrentPrincipal, type Principal, Roles } from '@infuse/auth';
import { CurrentInvocation, ZodValidationPipe } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import {
  REQUEST_ACTIONS,
  REQUEST_RESOURCE,
  type ReviewDecision,
} from '../domain/authorization-request';
import { mapRequestErrors } from '../http/request-error.mapper';
import { RequestIdPipe } from '../http/request-id';
import { type DecisionResult, DecideRequestUseCase } from './decide-request.use-case';
import { decisionSchema } from './decision.schema';

const decisionBody = new ZodValidationPipe(decisionSchema);

@ApiTags('requests')
@Controller('v1/requests/:id/decision')
@Roles('payer', 'admin')
export class DecideRequestController {
  constructor(private readonly decideRequest: DecideRequestUseCase) {}

  @Post()
  @HttpCode(200)
  @Audited({
    action: REQUEST_ACTIONS.decide,
    resourceType: REQUEST_RESOURCE,
    idParam: 'id',
    recordedInTransaction: true,
  })
  @ApiOkResponse({
    description: 'The decision, the request status it leads to, and the subscriptions notified',
  })
  decide(
    @Param('id', RequestIdPipe) id: string,
    @Body(decisionBody) decision: ReviewDecision,
    @CurrentPrincipal() reviewer: Principal,
    @CurrentInvocation() invocation: Invocation,
  ): Promise<DecisionResult> {
    return mapRequestErrors(() => this.decideRequest.execute(id, decision, reviewer, invocation));
  }
}
