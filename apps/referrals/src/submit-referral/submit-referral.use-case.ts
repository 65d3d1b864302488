import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PatientRecord } from '../persistence/patient.orm-entity';
import { ReferralDocumentRecord } from '../persistence/referral-document.orm-entity';
import { ReferralRecord } from '../persistence/referral.orm-entity';
import { type ReferralSubmission } from './referral-submission.schema';

export interface SubmittedReferral {
  id: string;
  patientId: string;
  status: string;
  createdAt: string;
}

/** Records a referral as received, with its patient and documents, in one transaction. */
@Injectable()
export class SubmitReferralUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(submission: ReferralSubmission, submittedBy: string): Promise<SubmittedReferral> {
    return this.dataSource.transaction(async (manager) => {
      const patientId = await this.patientFor(manager, submission.patient);
      const { documents, ...stored } = submission;
      const referral = await manager.save(
        manager.create(ReferralRecord, {
          patientId,
          status: 'received',
          therapy: submission.order.therapy,
          diagnosisCode: submission.order.diagnosisCode,
          submission: stored,
          submittedBy,
        }),
      );
      for (const document of documents) {
        const content = Buffer.from(document.contentBase64, 'base64');
        await manager.insert(ReferralDocumentRecord, {
          referralId: referral.id,
          type: document.type,
          title: document.title,
          contentType: document.contentType,
          sizeBytes: content.length,
          content,
        });
      }
      return {
        id: referral.id,
        patientId,
        status: referral.status,
        createdAt: referral.createdAt.toISOString(),
      };
    });
  }

  private async patientFor(
    manager: EntityManager,
    patient: ReferralSubmission['patient'],
  ): Promise<string> {
    if (patient.mrn) {
      const known = await manager.findOne(PatientRecord, {
        where: { mrn: patient.mrn },
        select: { id: true },
      });
      if (known) return known.id;
    }
    const created = await manager.save(
      manager.create(PatientRecord, {
        mrn: patient.mrn ?? null,
        firstName: patient.firstName,
        lastName: patient.lastName,
        dateOfBirth: patient.dateOfBirth,
      }),
    );
    return created.id;
  }
}
