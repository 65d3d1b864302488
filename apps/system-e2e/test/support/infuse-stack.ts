import { type ServiceName } from '@infuse/contracts';
import { deleteTopicsWithPrefix, dropSchema, testEnvironment, uniqueSuffix } from '@infuse/testing';
import { startGatewayProcess } from './gateway-process';
import { buildApps, freePort, type ServiceProcess, startServiceProcess } from './service-process';

/** Several Infuse apps as processes, sharing one set of topics, each in a schema of its own. */
export interface InfuseStack {
  /** The topics' prefix: `${topicPrefix}prior-auth.authorization.v1`. */
  topicPrefix: string;
  service(name: ServiceName): ServiceProcess;
  /** Where an app listens. */
  urlOf(name: ServiceName): string;
  /** The schema an app owns in this run, to read its audit log. */
  schemaOf(name: ServiceName): string;
  /** The gateway in front of the apps, when the stack was started with `gateway: true`. */
  gateway(): ServiceProcess;
  close(): Promise<void>;
}

export interface InfuseStackOptions {
  /**
   * Also start the gateway last, in front of the apps, serving the console's build with
   * development sign-in (its sessions in a schema of this run too).
   */
  gateway?: boolean;
}

/**
 * Starts the apps in the order given (a service the next ones call first), each told where the
 * others listen, as `npm start` wires them with the architecture's default ports.
 */
export async function startInfuseStack(
  names: readonly ServiceName[],
  overrides: Partial<Record<ServiceName, Record<string, string>>> = {},
  options: InfuseStackOptions = {},
): Promise<InfuseStack> {
  buildApps();
  const suffix = uniqueSuffix();
  const topicPrefix = `e2e-${suffix}.`;
  const ports = new Map<ServiceName, number>();
  for (const name of names) ports.set(name, await freePort());
  const urlOf = (name: ServiceName) => `http://127.0.0.1:${ports.get(name) ?? 0}`;
  const addresses: Record<string, string> = {
    REFERRALS_URL: urlOf('referrals'),
    PAYER_SANDBOX_URL: `${urlOf('payer-sandbox')}/fhir`,
    PRIOR_AUTH_PUBLIC_URL: urlOf('prior-auth'),
    ASSISTANCE_PROGRAMMES_URL: `${urlOf('payer-sandbox')}/programs`,
  };
  const schemaOf = (name: ServiceName) => `${name.replace(/-/g, '_')}_e2e_${suffix}`;
  const running = new Map<ServiceName, ServiceProcess>();
  const gatewaySchema = `gateway_e2e_${suffix}`;
  let gateway: ServiceProcess | undefined;
  const close = async () => {
    await gateway?.stop();
    await Promise.all([...running.values()].map((service) => service.stop()));
    for (const name of names) await dropSchema(schemaOf(name));
    if (options.gateway) await dropSchema(gatewaySchema);
    await deleteTopicsWithPrefix(topicPrefix);
  };
  try {
    for (const name of names) {
      const env = testEnvironment(schemaOf(name), {
        KAFKA_TOPIC_PREFIX: topicPrefix,
        ...addresses,
        ...overrides[name],
      });
      running.set(name, await startServiceProcess(name, ports.get(name) ?? 0, env));
    }
    if (options.gateway) gateway = await startGatewayProcess(names, urlOf, gatewaySchema);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    topicPrefix,
    service(name) {
      const service = running.get(name);
      if (!service) throw new Error(`${name} is not part of this stack`);
      return service;
    },
    urlOf,
    schemaOf,
    gateway() {
      if (!gateway) throw new Error('this stack was started without the gateway');
      return gateway;
    },
    close,
  };
}
