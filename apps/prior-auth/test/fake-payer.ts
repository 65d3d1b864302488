import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  approvedBundle,
  type Answered,
  deniedBundle,
  invalidRequestOutcome,
  pendedBundle,
} from './pas-answers';

type Json = Record<string, unknown>;

/** What the payer saw of one request. */
export interface PayerRequest {
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  contentType: string | undefined;
  body: Json;
}

/** How the payer answers a Claim, chosen by the member id it names (Coverage.subscriberId). */
export type Behaviour =
  | {
      answer: 'approve';
      authorizationNumber: string;
      period?: { start: string; end: string };
      quantity?: number;
    }
  | { answer: 'pend' }
  | { answer: 'deny' }
  /** A 400 OperationOutcome naming the member id: the payer does not know it. */
  | { answer: 'unknown-member' }
  /** Unavailable (503) this many times, then the behaviour given. */
  | { answer: 'unavailable'; times: number; then: Behaviour };

/**
 * A tiny PAS payer in the test process: `Claim/$submit`, `Claim/$inquire` and `Subscription`,
 * answering with the official PAS response examples tied to the Claim it was sent. It records
 * every request, so a test can see what the payer saw.
 */
export class FakePayer {
  readonly requests: PayerRequest[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  /** The last decision made for each Claim identifier, for `$inquire`. */
  private readonly decisions = new Map<string, Json>();
  private server?: Server;
  url = '';

  /** How the payer answers Claims for this member id; approved with a number by default. */
  answer(memberId: string, behaviour: Behaviour): void {
    this.behaviours.set(memberId, behaviour);
  }

  /** Afterwards, an `$inquire` about this Claim finds `answer`. */
  decide(claimValue: string, answer: Json): void {
    this.decisions.set(claimValue, answer);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void readJson(request).then((body) => {
        const seen: PayerRequest = {
          path: request.url ?? '',
          authorization: request.headers.authorization,
          idempotencyKey: header(request, 'idempotency-key'),
          contentType: header(request, 'content-type'),
          body,
        };
        this.requests.push(seen);
        const [status, answer] = this.route(seen);
        response.statusCode = status;
        response.setHeader('content-type', 'application/fhir+json');
        response.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/fhir`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The Claim/$submit bundles the payer received for a Claim identifier. */
  submissionsOf(claimValue: string): PayerRequest[] {
    return this.requests.filter(
      (request) =>
        request.path === '/fhir/Claim/$submit' && claimOf(request.body)?.value === claimValue,
    );
  }

  /** The PAS cancellations received of a Claim: submissions restating it, under a Claim of their own. */
  cancellationsOf(claimValue: string): PayerRequest[] {
    return this.requests.filter((request) => {
      if (request.path !== '/fhir/Claim/$submit' || claimOf(request.body)?.value === claimValue)
        return false;
      const claims = (request.body['entry'] as Json[]).map((entry) => entry['resource'] as Json);
      return claims.some(
        (resource) =>
          resource['resourceType'] === 'Claim' &&
          (resource['identifier'] as Json[] | undefined)?.some(
            (identifier) => identifier['value'] === claimValue,
          ),
      );
    });
  }

  private route(request: PayerRequest): [number, Json] {
    switch (request.path) {
      case '/fhir/Subscription':
        return [201, { ...request.body, id: 'sub-infuse', status: 'active' }];
      case '/fhir/Claim/$submit':
        return this.submit(request.body);
      case '/fhir/Claim/$inquire': {
        const claim = claimOf(request.body);
        const decided = claim ? this.decisions.get(claim.value) : undefined;
        return decided
          ? [
              200,
              { resourceType: 'Parameters', parameter: [{ name: 'return', resource: decided }] },
            ]
          : [200, { resourceType: 'Parameters' }];
      }
      default:
        return [404, invalidRequestOutcome(`No route ${request.path}`, 'Bundle')];
    }
  }

  private submit(bundle: Json): [number, Json] {
    const claim = claimOf(bundle);
    const memberId = memberIdOf(bundle);
    if (!claim || memberId === undefined)
      return [400, invalidRequestOutcome('Not a PAS request bundle', 'Bundle')];
    const answered: Answered = {
      claimSystem: claim.system,
      claimValue: claim.value,
      itemSequence: claim.itemSequence,
    };
    const behaviour = this.behaviours.get(memberId) ?? {
      answer: 'approve',
      authorizationNumber: `AUTH-${claim.value.slice(0, 8)}`,
    };
    return this.answerWith(behaviour, memberId, answered);
  }

  private answerWith(behaviour: Behaviour, memberId: string, answered: Answered): [number, Json] {
    switch (behaviour.answer) {
      case 'unavailable':
        this.behaviours.set(
          memberId,
          behaviour.times > 1 ? { ...behaviour, times: behaviour.times - 1 } : behaviour.then,
        );
        return [503, invalidRequestOutcome('Temporarily unavailable', 'Bundle')];
      case 'unknown-member':
        return [
          400,
          invalidRequestOutcome(
            `Member id ${memberId} is not enrolled with this plan.`,
            'Coverage.subscriberId',
          ),
        ];
      case 'approve':
        return this.decided(answered, approvedBundle(answered, behaviour));
      case 'pend':
        return this.decided(answered, pendedBundle(answered));
      case 'deny':
        return this.decided(
          answered,
          deniedBundle(answered, { code: 'AA', display: 'Authorization/access restrictions' }),
        );
    }
  }

  private decided(answered: Answered, response: Json): [number, Json] {
    this.decisions.set(answered.claimValue, response);
    return [200, response];
  }
}

/** The Claim (first entry) of a request bundle: its identifier and its one item's sequence. */
export function claimOf(
  bundle: Json,
): { system: string; value: string; itemSequence: number } | undefined {
  const claim = ((bundle['entry'] as Json[] | undefined)?.[0]?.['resource'] ?? undefined) as
    Json | undefined;
  const identifier = (claim?.['identifier'] as Json[] | undefined)?.[0];
  const item = (claim?.['item'] as Json[] | undefined)?.[0];
  if (!identifier || !item) return undefined;
  return {
    system: String(identifier['system']),
    value: String(identifier['value']),
    itemSequence: Number(item['sequence']),
  };
}

/** The member id the bundle's Coverage names. */
export function memberIdOf(bundle: Json): string | undefined {
  const coverage = (bundle['entry'] as Json[] | undefined)
    ?.map((entry) => entry['resource'] as Json)
    .find((resource) => resource['resourceType'] === 'Coverage');
  const memberId = coverage?.['subscriberId'];
  return typeof memberId === 'string' ? memberId : undefined;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

async function readJson(request: IncomingMessage): Promise<Json> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  try {
    return text ? (JSON.parse(text) as Json) : {};
  } catch {
    return {};
  }
}
