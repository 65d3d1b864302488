import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditWriter } from '@infuse/auth';
import { CLOCK, type Clock } from '@infuse/config';
import { type Invocation } from '@infuse/messaging';
import { buildInquiryResponseBundle, checkRequestBundle, inquiryResult } from '@infuse/pas';
import type { Parameters } from 'fhir/r4';
import { DataSource } from 'typeorm';
import { REQUEST_ACTIONS, REQUEST_RESOURCE } from '../domain/authorization-request';
import { type PasSubmission } from '../fhir/pas-submission.reader';
import { AuthorizationRequestRepository } from '../persistence/authorization-request.repository';

/**
 * `$inquire`, a query by example [PAS-OP]: the request of this provider that the inquiry's Claim
 * identifier names, for the member it names, in its current state. The answer is a Parameters
 * holding one inquiry response Bundle, or none when the payer holds no such request.
 */
@Injectable()
export class InquireClaimQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: AuthorizationRequestRepository,
    private readonly auditWriter: AuditWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(inquiry: PasSubmission, invocation: Invocation): Promise<Parameters> {
    const { facts, payer } = inquiry;
    const request = await this.requests.findByClaim(
      this.dataSource.manager,
      payer.id,
      invocation.actor.subject,
      [facts.claimIdentifier],
    );
    if (!request || (facts.member.value !== undefined && facts.member.value !== request.memberId))
      return inquiryResult([]);
    const stored = checkRequestBundle(request.requestBundle, 'submit');
    if (!stored.valid) throw new Error('a stored request no longer passes the structural check');
    const answer = buildInquiryResponseBundle(
      inquiry.request,
      { request: stored.request, response: request.responseBundle },
      { bundleId: randomUUID(), created: this.clock.now().toISOString() },
    );
    await this.auditWriter.record({
      actor: invocation.actor,
      action: REQUEST_ACTIONS.inquire,
      resourceType: REQUEST_RESOURCE,
      resourceId: request.id,
      patientId: request.memberId,
      outcome: 'success',
      requestId: invocation.requestId ?? null,
    });
    return inquiryResult([answer]);
  }
}
