import { AddEventActor1764979200000 } from './outbox/add-event-actor.migration';
import { CreateMessagingTables1764115250000 } from './outbox/create-messaging-tables.migration';

/** The outbox and inbox tables, in order; every service that publishes or consumes lists these. */
export const MESSAGING_MIGRATIONS = [
  CreateMessagingTables1764115250000,
  AddEventActor1764979200000,
];
