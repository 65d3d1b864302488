import { z } from 'zod';
import { type ServiceName } from './topics';

/**
 * Who did something: a person, named by the `sub` and `role` of their access token, or a service
 * acting on its own (a consumer reacting to an event, a scheduled job), named `system:<service>`
 * with role `system`. Every event carries its actor, so a timeline can say who did what.
 */
export interface Actor {
  readonly subject: string;
  readonly role: string;
}

export const SYSTEM_ROLE = 'system';

/** The actor of what a service does by itself, e.g. `system:prior-auth`. */
export function systemActor(service: ServiceName): Actor {
  return { subject: `system:${service}`, role: SYSTEM_ROLE };
}

export function isSystemActor(actor: Actor): boolean {
  return actor.role === SYSTEM_ROLE;
}

/** The actor as an event payload may name it. */
export const actorSchema = z.object({
  subject: z.string().min(1).max(200),
  role: z.string().min(1).max(50),
});
