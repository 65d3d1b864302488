import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AuditWriter, InvalidTokenError, JwtVerifier } from '@infuse/auth';
import { QUEUES } from '@infuse/contracts';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { JobScheduler } from '../scheduling/job-scheduler';
import { type WorkersSettings, workersSettingsConfig } from '../workers-settings.config';

/** Where the dashboard is served. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

const DASHBOARD_ACTION = 'queue-dashboard.read';

/**
 * bull-board for administrators, at /admin/queues. Its routes are a Fastify plugin outside Nest's
 * guards, so the plugin is registered inside a scope of its own whose onRequest hook checks the
 * bearer token and the admin role for every route of it: pages, API and static assets alike.
 * Jobs carry ids only, no patient data; refusals are written to the audit log.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly verifier: JwtVerifier,
    private readonly auditWriter: AuditWriter,
    private readonly scheduler: JobScheduler,
    @Inject(workersSettingsConfig.token) private readonly settings: WorkersSettings,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.settings.WORKERS_QUEUE_DASHBOARD) return;
    // Loaded only when served: its static-file plugin is an ES module Jest's loader cannot require.
    const { FastifyAdapter } = await import('@bull-board/fastify');
    const board = new FastifyAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [QUEUES.followups, QUEUES.copayAssistance].map(
        (name) => new BullMQAdapter(this.scheduler.queue(name), { readOnlyMode: false }),
      ),
      serverAdapter: board,
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', (request, reply) => this.admitAdmin(request, reply));
      await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
    });
  }

  private async admitAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    try {
      if (!token) throw new InvalidTokenError('no bearer token');
      const principal = await this.verifier.verify(token);
      if (principal.role === 'admin') return;
      await this.refuse(principal, request.id);
      await reply
        .code(403)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: `The queue dashboard is not open to the ${principal.role} role.`,
        });
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      await this.refuse({ subject: 'anonymous', role: 'anonymous' }, request.id);
      await reply.code(401).type('application/problem+json').send({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'A valid bearer token is required.',
      });
    }
  }

  private refuse(actor: { subject: string; role: string }, requestId: string): Promise<void> {
    return this.auditWriter.record({
      actor,
      action: DASHBOARD_ACTION,
      resourceType: 'queue',
      outcome: 'denied',
      requestId,
    });
  }
}
