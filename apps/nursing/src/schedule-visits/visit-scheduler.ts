import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { type Invocation, type OutgoingEvent } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { type PatientCopy, type ReleasedDose } from '../domain/dose-copy';
import { newVisit, type Visit } from '../domain/visit';
import { assignedEvent, scheduledEvent, VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { NurseDirectoryRepository } from '../persistence/nurse-directory.repository';
import { PatientCopyRepository } from '../persistence/patient-copy.repository';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';
import { VisitRepository } from '../persistence/visit.repository';

/**
 * Schedules one visit per infusion day of each released dose of a referral, once both the
 * referral and the dose are here, whichever came first, and gives each to the nurse whose
 * territory covers the home. A home with no address or no nurse waits unassigned. The caller
 * holds the referral's lock; the visit's (dose, day) key makes a second call schedule nothing.
 */
@Injectable()
export class VisitScheduler {
  constructor(
    private readonly patients: PatientCopyRepository,
    private readonly doses: ReleasedDoseRepository,
    private readonly visits: VisitRepository,
    private readonly nurses: NurseDirectoryRepository,
    private readonly events: VisitEvents,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
  ) {}

  async scheduleReady(
    manager: EntityManager,
    referralId: string,
    invocation: Invocation,
  ): Promise<void> {
    const patient = await this.patients.find(manager, referralId);
    if (!patient || patient.status !== 'accepted') return;
    const doses = await this.doses.forReferral(manager, referralId);
    const postalCode = patient.patient.address?.postalCode;
    const nurseId = postalCode ? await this.nurses.nurseFor(manager, postalCode) : undefined;
    const at = this.calendar.now();
    const events: OutgoingEvent[] = [];
    for (const dose of doses.filter((candidate) => candidate.drugStatus !== 'cancelled'))
      for (const visit of visitsOf(dose, patient, nurseId ?? null)) {
        if (!(await this.visits.addIfAbsent(manager, visit, at))) continue;
        await this.auditWriter.recordChange(manager, invocation, {
          action: NURSING_ACTIONS.schedule,
          resourceType: VISIT_RESOURCE,
          resourceId: visit.id,
          patientId: visit.patientId,
        });
        events.push(scheduledEvent(visit, invocation, at));
        if (visit.nurseId)
          events.push(
            assignedEvent({ ...visit, nurseId: visit.nurseId }, 'territory', invocation, at),
          );
      }
    await this.events.publish(manager, referralId, events, invocation, at);
  }
}

function visitsOf(dose: ReleasedDose, patient: PatientCopy, nurseId: string | null): Visit[] {
  const dates = dose.release.administrationDates;
  return dates.map((visitDate, index) =>
    newVisit({
      id: randomUUID(),
      dispenseId: dose.dispenseId,
      referralId: dose.referralId,
      patientId: patient.patientId,
      cycle: dose.cycle,
      infusionDay: index + 1,
      infusionDays: dates.length,
      attempt: 1,
      visitDate,
      nurseId,
    }),
  );
}
