import { Body, Controller, Header, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@infuse/auth';
import { CurrentInvocation } from '@infuse/http';
import { type Invocation } from '@infuse/messaging';
import { readSubscription } from '@infuse/pas';
import { type FastifyReply } from 'fastify';
import type { Subscription } from 'fhir/r4';
import { readableBody } from '../fhir/fhir-body';
import { FhirExceptionFilter } from '../fhir/fhir-exception.filter';
import { FHIR_JSON, FhirRequestError } from '../fhir/fhir-request.error';
import { SubscribeUseCase } from './subscribe.use-case';

@ApiTags('fhir')
@Controller('fhir/Subscription')
@UseFilters(FhirExceptionFilter)
@Roles('provider')
export class SubscriptionController {
  constructor(private readonly subscribe: SubscribeUseCase) {}

  @Post()
  @HttpCode(201)
  @Header('content-type', `${FHIR_JSON}; charset=utf-8`)
  @ApiCreatedResponse({ description: 'The Subscription, active, with its id' })
  async create(
    @Body() body: unknown,
    @CurrentInvocation() invocation: Invocation,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Subscription> {
    const check = readSubscription(readableBody(body));
    if (!check.valid) throw new FhirRequestError(400, check.issues);
    const subscription = await this.subscribe.execute(check.subscription, invocation);
    void reply.header('location', `Subscription/${subscription.id}`);
    return subscription;
  }
}
