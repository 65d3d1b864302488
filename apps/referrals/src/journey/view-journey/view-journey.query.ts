import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { contractFor } from '@infuse/contracts';
import { DataSource } from 'typeorm';
import { IntakeCalendar } from '../../intake-calendar';
import { eventName, type JourneyFacts } from '../domain/journey-entry';
import { inOrderOfHappening } from '../domain/journey-projection';
import { lifeOrder } from '../domain/life-order';
import { type CycleStep, type JourneyStage, type Waiting } from '../domain/journey-stage';
import { JourneyRepository } from '../persistence/journey.repository';

const DAY_MS = 86_400_000;

export interface TimelineItem {
  at: string;
  /** `<aggregate>.<verb>`, e.g. `authorization.approved`. */
  event: string;
  /** The event type's one-line description. */
  what: string;
  service: string;
  /** Who acted: a person's subject and role, or `system:<service>`. */
  actor: { subject: string; role: string } | null;
  details: JourneyFacts;
}

export interface JourneyView {
  referralId: string;
  stage: JourneyStage;
  cycle: number;
  step?: CycleStep;
  waiting: Waiting | null;
  since: string;
  daysInStage: number;
  receivedAt: string | null;
  firstDoseAt: string | null;
  /** Days from the referral's arrival to its first dose given, once given. */
  timeToTherapyDays: number | null;
  dosesGiven: number;
  timeline: TimelineItem[];
}

/**
 * A referral's journey as a coordinator reads it: where it stands, on whom it waits and since
 * when, and the timeline of every service's events for it, oldest first.
 */
@Injectable()
export class ViewJourneyQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly journeys: JourneyRepository,
    private readonly calendar: IntakeCalendar,
  ) {}

  async execute(referralId: string): Promise<JourneyView | undefined> {
    const manager = this.dataSource.manager;
    const [journey, entries] = await Promise.all([
      this.journeys.find(manager, referralId),
      this.journeys.entriesOf(manager, referralId),
    ]);
    if (!journey) return undefined;
    const now = this.calendar.now().getTime();
    return {
      referralId,
      stage: journey.stage,
      cycle: journey.cycle,
      ...(journey.step ? { step: journey.step } : {}),
      waiting: journey.waiting ?? null,
      since: journey.since,
      daysInStage: Math.max(0, Math.floor((now - Date.parse(journey.since)) / DAY_MS)),
      receivedAt: journey.receivedAt ?? null,
      firstDoseAt: journey.firstDoseAt ?? null,
      timeToTherapyDays:
        journey.receivedAt && journey.firstDoseAt
          ? roundDays(Date.parse(journey.firstDoseAt) - Date.parse(journey.receivedAt))
          : null,
      dosesGiven: journey.dosesGiven,
      timeline: inOrderOfHappening(entries, lifeOrder).map((entry) => ({
        at: entry.occurredAt,
        event: eventName(entry.type),
        what: contractFor(entry.type)?.summary ?? entry.type,
        service: entry.service,
        actor: entry.actor ?? null,
        details: entry.facts,
      })),
    };
  }
}

/** Days to one decimal. */
export function roundDays(ms: number): number {
  return Math.round((ms / DAY_MS) * 10) / 10;
}
