import { randomUUID } from 'node:crypto';
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  HttpCode,
  HttpStatus,
  Inject,
  Post,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@infuse/auth';
import { CLOCK, type Clock } from '@infuse/config';
import { problemType, ZodValidationPipe } from '@infuse/http';
import { PayerDirectory } from '../payers/payer-directory';
import { FaultRepository } from '../persistence/fault.repository';
import { faultSchema } from './fault.schema';
import { type FaultRequest } from './injected-fault';

const faultBody = new ZodValidationPipe(faultSchema);

/** Failures on demand, for tests and chaos drills: every instance honours them. */
@ApiTags('faults')
@Controller('v1/faults')
@Roles('admin')
export class FaultsController {
  constructor(
    private readonly faults: FaultRepository,
    private readonly payers: PayerDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'The failures now due, with their id' })
  async inject(@Body(faultBody) fault: FaultRequest): Promise<FaultRequest & { id: string }> {
    if (!this.payers.find(fault.payerId))
      throw new BadRequestException({
        type: problemType('validation'),
        title: 'Request validation failed',
        status: HttpStatus.BAD_REQUEST,
        detail: 'One or more fields are invalid; see errors.',
        errors: [
          {
            pointer: '#/payerId',
            detail: `not a payer of the sandbox: ${this.payers.all.map((payer) => payer.id).join(', ')}`,
          },
        ],
      });
    const id = randomUUID();
    await this.faults.add(id, fault, this.clock.now());
    return { id, ...fault };
  }

  @Delete()
  @HttpCode(200)
  @ApiOkResponse({ description: 'How many calls would still have failed' })
  async clear(): Promise<{ cleared: number }> {
    return { cleared: await this.faults.clear() };
  }
}
