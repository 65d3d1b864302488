import { type ServiceName } from '@infuse/contracts';

/** Which service a process is, for its producer's client id and its consumer group. */
export interface MessagingService {
  name: ServiceName;
}

export const MESSAGING_SERVICE = Symbol('messaging-service');
export const KAFKA_CLIENT = Symbol('kafka-client');
