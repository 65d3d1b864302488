import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type EnrolmentAnswer, type EnrolmentRequest } from './enrolment-request.schema';

/** The programmes' enrolments and the tries of each request, in the sandbox's schema. */
@Injectable()
export class ProgrammeEnrolmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one more try of a request, committed at once, and says which try this is. */
  async countAttempt(subject: string, key: string): Promise<number> {
    const [row] = await this.dataSource.query<{ attempts: number }[]>(
      `INSERT INTO programme_request_attempt (provider_subject, idempotency_key, attempts)
       VALUES ($1, $2, 1)
       ON CONFLICT (provider_subject, idempotency_key)
       DO UPDATE SET attempts = programme_request_attempt.attempts + 1
       RETURNING attempts`,
      [subject, key],
    );
    return row?.attempts ?? 1;
  }

  async nextMemberNumber(manager: EntityManager): Promise<number> {
    const [row] = await manager.query<{ value: string }[]>(
      `SELECT nextval('programme_member_seq') AS value`,
    );
    return Number(row?.value);
  }

  async insert(
    manager: EntityManager,
    stored: {
      programmeId: string;
      subject: string;
      key: string;
      request: EnrolmentRequest;
      answer: EnrolmentAnswer;
      answeredAt: Date;
    },
  ): Promise<void> {
    const { answer } = stored;
    const enrolled = answer.status === 'enrolled' ? answer : undefined;
    await manager.query(
      `INSERT INTO programme_enrollment
         (id, programme_id, provider_subject, idempotency_key, case_reference, status, member_id,
          annual_maximum, ends_on, reason, request, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        answer.enrollmentId,
        stored.programmeId,
        stored.subject,
        stored.key,
        answer.caseReference,
        answer.status,
        enrolled?.memberId ?? null,
        enrolled?.annualMaximum ?? null,
        enrolled?.endsOn ?? null,
        answer.status === 'denied' ? answer.reason : null,
        JSON.stringify(stored.request),
        stored.answeredAt,
      ],
    );
  }
}
