import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type NoAuthorizationReason } from '../domain/referral-snapshot';
import {
  type AuthorizationListItem,
  ListAuthorizationsQuery,
} from '../list-authorizations/list-authorizations.query';

/** A referral as prior-auth sees it: its requests, or why it has none. */
export interface ReferralAuthorizations {
  referralId: string;
  patientId: string;
  payerId: string | null;
  acceptedAt: string;
  cancelledAt: string | null;
  /** False when nothing is to be authorized (an uninsured referral): `reason` says why. */
  authorizationRequired: boolean;
  reason: NoAuthorizationReason | null;
  items: AuthorizationListItem[];
}

// A referral's requests are few (an initial request, its renewals and updates): one page holds them.
const ALL_OF_A_REFERRAL = 100;

@Injectable()
export class ReferralAuthorizationsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly list: ListAuthorizationsQuery,
  ) {}

  async execute(referralId: string): Promise<ReferralAuthorizations | undefined> {
    const [row] = await this.dataSource.query<
      {
        patient_id: string;
        payer_id: string | null;
        accepted_at: Date;
        cancelled_at: Date | null;
        no_authorization_reason: NoAuthorizationReason | null;
      }[]
    >(
      `SELECT patient_id, insurance->>'payerId' AS payer_id, accepted_at, cancelled_at, no_authorization_reason
         FROM referral_snapshot WHERE referral_id = $1`,
      [referralId],
    );
    if (!row) return undefined;
    const { items } = await this.list.execute({ referralId, limit: ALL_OF_A_REFERRAL });
    return {
      referralId,
      patientId: row.patient_id,
      payerId: row.payer_id,
      acceptedAt: row.accepted_at.toISOString(),
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
      authorizationRequired: row.no_authorization_reason === null,
      reason: row.no_authorization_reason,
      items,
    };
  }
}
