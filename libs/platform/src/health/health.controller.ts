import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@infuse/auth';
import { type FastifyReply } from 'fastify';
import { READINESS_CHECKS, type ReadinessCheck, withTimeout } from './readiness-check';

const CHECK_TIMEOUT_MS = 2000;

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  /** The process is running; an orchestrator restarts it when this fails. */
  @Public()
  @Get('live')
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  /** Every dependency answers; a load balancer sends traffic only when this passes. */
  @Public()
  @Get('ready')
  async ready(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: 'up' | 'down'; checks: Record<string, CheckResult> }> {
    const results = await Promise.all(
      this.checks.map(async (check) => [check.name, await run(check)] as const),
    );
    const checks = Object.fromEntries(results);
    const allUp = results.every(([, result]) => result.status === 'up');
    reply.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: allUp ? 'up' : 'down', checks };
  }
}

async function run(check: ReadinessCheck): Promise<CheckResult> {
  try {
    await withTimeout(check.check(), CHECK_TIMEOUT_MS, check.name);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}
