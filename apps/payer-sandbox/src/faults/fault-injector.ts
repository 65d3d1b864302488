import { Injectable } from '@nestjs/common';
import { InjectedFault } from '../fhir/fhir-request.error';
import { FaultRepository } from '../persistence/fault.repository';
import { type FaultOperation, type FaultTiming } from './injected-fault';

/**
 * Where the FHIR routes fail on purpose: before processing (the payer is down), or after the
 * answer is stored (the answer is lost on the way back, and the retry must find it).
 */
@Injectable()
export class FaultInjector {
  constructor(private readonly faults: FaultRepository) {}

  async strike(payerId: string, operation: FaultOperation, timing: FaultTiming): Promise<void> {
    const status = await this.faults.take(payerId, operation, timing);
    if (status !== undefined) throw new InjectedFault(status);
  }
}
