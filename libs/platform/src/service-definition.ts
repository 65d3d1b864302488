import { type ConfigSection, httpConfig } from '@infuse/config';
import { type ServiceName } from '@infuse/contracts';

/** What a service says about itself; the platform builds the rest from it. */
export interface ServiceDefinition {
  /** Its name among the deployables: `referrals`. Also its consumer group and system actor. */
  name: ServiceName;
  /** OpenAPI title: `Infuse referrals API`. */
  title: string;
  /** Environment variable for its port, defaulting to the port in docs/architecture.md. */
  portVariable: string;
  defaultPort: number;
  /** The PostgreSQL schema it owns, e.g. `referrals` (DATABASE_SCHEMA overrides it in tests). */
  schema: string;
}

export interface Service extends ServiceDefinition {
  /** Where it listens (its API, or a worker's health and metrics) and how it logs. */
  listenSection: ConfigSection;
}

export function defineService(definition: ServiceDefinition): Service {
  return {
    ...definition,
    listenSection: httpConfig(definition.portVariable, definition.defaultPort),
  };
}
