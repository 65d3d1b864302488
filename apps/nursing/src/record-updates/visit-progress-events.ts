import {
  VisitAdverseReactionReported,
  VisitCompleted,
  VisitMissed,
  VisitStarted,
} from '@infuse/contracts';
import { outgoing, type OutgoingEvent } from '@infuse/messaging';
import { type Announcements } from '../domain/visit-announcements';
import { completionOf, type CompletionContext } from '../domain/visit-completion';
import { type Visit, visitEventIds } from '../domain/visit';

/**
 * The events of what a batch of updates made of the visit, built from the rebuilt record: the
 * start, each serious reaction at once, the signed note, or the missed visit.
 */
export function progressEvents(
  visit: Visit,
  announcements: Announcements,
  context: CompletionContext & { actorSubject: string; at: Date },
): OutgoingEvent[] {
  const { record } = visit;
  const ids = visitEventIds(visit);
  const nurseId = visit.nurseId ?? context.actorSubject;
  const events: OutgoingEvent[] = [];
  const infusion = record.infusion;
  if (announcements.started && infusion)
    events.push(
      outgoing(VisitStarted, {
        ...ids,
        nurseId,
        lotNumber: infusion.lotNumber,
        ...(record.arrived ? { timeIn: record.arrived.at } : {}),
        startedAt: infusion.startedAt,
      }),
    );
  for (const reaction of announcements.reactions)
    events.push(
      outgoing(VisitAdverseReactionReported, {
        ...ids,
        nurseId,
        productId: context.release.product.productId,
        ...(infusion ? { lotNumber: infusion.lotNumber } : {}),
        reaction: {
          grade: reaction.grade,
          symptoms: reaction.symptoms,
          action: reaction.action,
          at: reaction.at,
        },
        ...(reaction.mlPerHour === undefined ? {} : { mlPerHour: reaction.mlPerHour }),
        reportedAt: context.at.toISOString(),
      }),
    );
  const completed = announcements.completed ? completionOf(visit, context) : undefined;
  if (completed) events.push(outgoing(VisitCompleted, completed));
  if (announcements.missed && record.missed)
    events.push(
      outgoing(VisitMissed, {
        ...ids,
        ...(visit.nurseId ? { nurseId: visit.nurseId } : {}),
        reason: record.missed.reason,
        recordedBy: record.missed.by,
        missedAt: record.missed.at,
      }),
    );
  return events;
}
