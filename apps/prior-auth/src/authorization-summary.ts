import { type Authorization } from './domain/authorization.aggregate';

/** What a change answers with: the request and where it now stands. */
export interface AuthorizationSummary {
  id: string;
  referralId: string;
  patientId: string;
  payerId: string;
  kind: string;
  status: string;
}

export function summaryOf(authorization: Authorization): AuthorizationSummary {
  return {
    id: authorization.id,
    referralId: authorization.referralId,
    patientId: authorization.patientId,
    payerId: authorization.payerId,
    kind: authorization.kind,
    status: authorization.status,
  };
}
