import { isSerious, type RecordedReaction } from './visit-record';
import { type Visit } from './visit';

/** What a rebuilt record has that was not announced yet: each fact is announced once. */
export interface Announcements {
  started: boolean;
  reactions: RecordedReaction[];
  completed: boolean;
  missed: boolean;
}

export function announcementsOf(visit: Visit): Announcements {
  const { record, announced } = visit;
  return {
    started: !announced.started && record.infusion !== undefined,
    reactions: record.reactions.filter(
      (reaction) => isSerious(reaction) && !announced.reactions.includes(reaction.clientUpdateId),
    ),
    completed: !announced.completed && record.signed !== undefined,
    missed: !announced.missed && record.missed !== undefined,
  };
}

/** The visit once these announcements are made. */
export function markAnnounced(visit: Visit, announcements: Announcements): Visit {
  return {
    ...visit,
    announced: {
      started: visit.announced.started || announcements.started,
      completed: visit.announced.completed || announcements.completed,
      missed: visit.announced.missed || announcements.missed,
      reactions: [
        ...visit.announced.reactions,
        ...announcements.reactions.map((reaction) => reaction.clientUpdateId),
      ],
    },
  };
}
