import { type INestApplication } from '@nestjs/common';
import { type ConfigSection, httpConfig } from '@infuse/config';

/** What an HTTP app says about itself; the platform builds the rest from it. */
export interface HttpServiceDefinition {
  /** Short name, used in logs: `referrals`. */
  name: string;
  /** OpenAPI title: `Infuse referrals API`. */
  title: string;
  /** Environment variable for its port, defaulting to the port in docs/architecture.md. */
  portVariable: string;
  defaultPort: number;
  /** Runs once the app is initialised, before it listens: e.g. starting its event consumer. */
  afterInit?: (app: INestApplication) => Promise<void>;
}

export interface HttpService extends HttpServiceDefinition {
  httpSection: ConfigSection;
}

export function defineHttpService(definition: HttpServiceDefinition): HttpService {
  return {
    ...definition,
    httpSection: httpConfig(definition.portVariable, definition.defaultPort),
  };
}
