import { Inject, Injectable } from '@nestjs/common';
import { AuditWriter } from '@infuse/auth';
import { UnitOfWork } from '@infuse/database';
import { type Invocation } from '@infuse/messaging';
import { type EntityManager } from 'typeorm';
import { mayWorkOnVisit } from '../visit-access';
import { announcementsOf, markAnnounced } from '../domain/visit-announcements';
import { visitPlanOf } from '../domain/visit-plan-of';
import { rebuildVisit, type UpdateOutcome } from '../domain/rebuild-visit';
import { type VisitUpdate } from '@infuse/contracts';
import { type Visit } from '../domain/visit';
import { VisitError } from '../domain/visit.errors';
import { VisitEvents } from '../events/visit-events';
import { NursingCalendar } from '../nursing-calendar';
import { NURSING_ACTIONS, VISIT_RESOURCE } from '../nursing-audit';
import { type NursingSettings, nursingSettingsConfig } from '../nursing-settings.config';
import { PatientCopyRepository } from '../persistence/patient-copy.repository';
import { ReleasedDoseRepository } from '../persistence/released-dose.repository';
import { VisitUpdateRepository } from '../persistence/visit-update.repository';
import { VisitRepository } from '../persistence/visit.repository';
import { type BatchResult, type UpdateResult } from './update-result';
import { progressEvents } from './visit-progress-events';

/**
 * Takes a batch of updates from the nurse's device. Every new update is stored under its
 * clientUpdateId (a replay is a no-op), the record is rebuilt from all of them in the order of
 * the device's clock, and the events of what changed are published in the same transaction.
 * The visit's row lock makes overlapping batches from a flaky connection take turns.
 */
@Injectable()
export class RecordUpdatesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly visits: VisitRepository,
    private readonly updates: VisitUpdateRepository,
    private readonly doses: ReleasedDoseRepository,
    private readonly patients: PatientCopyRepository,
    private readonly events: VisitEvents,
    private readonly auditWriter: AuditWriter,
    private readonly calendar: NursingCalendar,
    @Inject(nursingSettingsConfig.token) private readonly settings: NursingSettings,
  ) {}

  execute(
    visitId: string,
    batch: readonly VisitUpdate[],
    invocation: Invocation,
  ): Promise<BatchResult> {
    return this.unitOfWork.run(invocation.transaction, async (manager) => {
      const visit = await this.visits.lock(manager, visitId);
      // Another nurse's visit is answered like one that does not exist.
      if (!visit || !mayWorkOnVisit(invocation.actor, visit.nurseId))
        throw new VisitError('VISIT.NOT_FOUND', `No visit ${visitId}.`);
      if (visit.status === 'cancelled')
        throw new VisitError('VISIT.CLOSED', 'The visit was cancelled with its dose.');
      const at = this.calendar.now();
      const sorted = await this.sort(manager, visit, batch, at);
      await this.updates.addNew(manager, visit.id, sorted.toStore, invocation.actor.subject, at);
      // Audited even when every update was a replay: the nurse worked on the patient's record.
      await this.auditWriter.recordChange(manager, invocation, {
        action: NURSING_ACTIONS.update,
        resourceType: VISIT_RESOURCE,
        resourceId: visit.id,
        patientId: visit.patientId,
      });
      const rebuilt =
        sorted.toStore.length > 0
          ? await this.rebuild(manager, visit, invocation, at)
          : { outcomes: new Map<string, UpdateOutcome>(), status: visit.status };
      const results = batch.map(
        (update, index): UpdateResult =>
          sorted.early.get(index) ?? {
            clientUpdateId: update.clientUpdateId,
            ...(rebuilt.outcomes.get(update.clientUpdateId) ?? { status: 'already_applied' }),
          },
      );
      return {
        visitId: visit.id,
        patientId: visit.patientId,
        visitStatus: rebuilt.status,
        results,
        locked: results.some(
          (result) =>
            result.status === 'refused' &&
            (result.reason === 'NOTE_SIGNED' || result.reason === 'VISIT_MISSED'),
        ),
      };
    });
  }

  /**
   * Sorts a batch into what is stored and what is answered at once: a replay (of an earlier
   * batch, or twice in this one), or an update dated too far ahead of the server's clock. All
   * else is stored, even an update the locked note will refuse, so the record stays the same
   * whatever order the updates arrive in.
   */
  private async sort(
    manager: EntityManager,
    visit: Visit,
    batch: readonly VisitUpdate[],
    at: Date,
  ) {
    const known = await this.updates.known(
      manager,
      visit.id,
      batch.map((update) => update.clientUpdateId),
    );
    const latest = at.getTime() + this.settings.NURSING_DEVICE_CLOCK_AHEAD_SECONDS * 1000;
    const early = new Map<number, UpdateResult>();
    const toStore: VisitUpdate[] = [];
    const seen = new Set<string>();
    batch.forEach((update, index) => {
      const { clientUpdateId } = update;
      if (known.has(clientUpdateId) || seen.has(clientUpdateId))
        early.set(index, { clientUpdateId, status: 'already_applied' });
      else if (Date.parse(update.at) > latest)
        early.set(index, {
          clientUpdateId,
          status: 'refused',
          reason: 'AT_IN_FUTURE',
          message: 'The device clock is ahead of the server; set it right and send again.',
        });
      else toStore.push(update);
      seen.add(clientUpdateId);
    });
    return { early, toStore };
  }

  /**
   * The record from every stored update, saved with the events of what it newly shows. The
   * visit's dose and patient were kept before it was scheduled and are never deleted.
   */
  private async rebuild(manager: EntityManager, visit: Visit, invocation: Invocation, at: Date) {
    const dose = await this.doses.find(manager, visit.dispenseId);
    const patient = await this.patients.find(manager, visit.referralId);
    if (!dose || !patient) throw new Error(`visit ${visit.id} without its dose or patient`);
    const stored = await this.updates.all(manager, visit.id);
    const plan = visit.plan ?? visitPlanOf(dose, this.settings.NURSING_WEIGHT_FLAG_PERCENT);
    const { record, outcomes } = rebuildVisit(stored, plan);
    const rebuilt: Visit = {
      ...visit,
      record,
      status: record.progress,
      // Once the infusion started, its plan stays what it was judged against.
      plan: record.infusion ? plan : null,
    };
    const announcements = announcementsOf(rebuilt);
    const events = progressEvents(rebuilt, announcements, {
      release: dose.release,
      intervalDays: patient.intervalDays,
      timeZone: this.calendar.timeZone,
      actorSubject: invocation.actor.subject,
      at,
    });
    await this.visits.save(manager, markAnnounced(rebuilt, announcements), at);
    await this.events.publish(manager, visit.referralId, events, invocation, at);
    return { outcomes, status: rebuilt.status };
  }
}
