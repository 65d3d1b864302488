import { type Authorization, type AuthorizationState } from './domain/authorization.aggregate';

/** What a change answers with: the request and where it now stands. */
export type AuthorizationSummary = Pick<
  AuthorizationState,
  'id' | 'referralId' | 'patientId' | 'payerId' | 'kind' | 'status'
>;

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

/** The columns of `authorization_request` that name a request and where it stands. */
export interface SummaryColumns {
  id: string;
  referral_id: string;
  patient_id: string;
  payer_id: string;
  kind: AuthorizationState['kind'];
  status: AuthorizationState['status'];
}

/** The summary in a row of `authorization_request`, for every read that starts from one. */
export function summaryOfRow(row: SummaryColumns): AuthorizationSummary {
  return {
    id: row.id,
    referralId: row.referral_id,
    patientId: row.patient_id,
    payerId: row.payer_id,
    kind: row.kind,
    status: row.status,
  };
}
