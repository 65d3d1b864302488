import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, type IsoDate, todayIn } from '@infuse/clinical';
import { DataSource, type EntityManager } from 'typeorm';
import { IntakeCalendar } from '../../intake-calendar';
import { intakeSettingsConfig, type IntakeSettings } from '../../intake-settings.config';
import { type Distribution, distributionOf } from '../domain/distribution';
import { roundDays } from '../view-journey/view-journey.query';

const HOUR_MS = 3_600_000;

export interface KpiWindow {
  /** First day, in the pharmacy's time zone. */
  from: IsoDate;
  /** Last day, included. */
  to: IsoDate;
}

export interface Kpis extends KpiWindow {
  /** Referral received to first dose given, for first doses given in the window (days). */
  timeToTherapyDays: Distribution;
  /** Request submitted to the payer's decision, for decisions in the window (hours). */
  authorizationTurnaroundHours: ({ payerId: string } & Distribution)[];
  /** Referrals waiting on documents now, and for how long (days). */
  documentsPendingDays: Distribution & { max: number | null };
  /** Infusion days given in the window, on or before their day, or after it. */
  doses: { given: number; onTime: number; late: number };
}

/**
 * The figures a pharmacy runs on, from the journey read model: time to therapy, payers'
 * turnaround, documents pending, and doses on time. Days are the pharmacy's calendar days.
 */
@Injectable()
export class KpisQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: IntakeCalendar,
    @Inject(intakeSettingsConfig.token) private readonly settings: IntakeSettings,
  ) {}

  async execute(window: KpiWindow): Promise<Kpis> {
    const manager = this.dataSource.manager;
    const [timeToTherapyDays, authorizationTurnaroundHours, documentsPendingDays, doses] =
      await Promise.all([
        this.timeToTherapy(manager, window),
        this.turnaround(manager, window),
        this.documentsPending(manager),
        this.dosesOnTime(manager, window),
      ]);
    return {
      ...window,
      timeToTherapyDays,
      authorizationTurnaroundHours,
      documentsPendingDays,
      doses,
    };
  }

  private inWindow(at: Date, { from, to }: KpiWindow): boolean {
    const day = todayIn(this.settings.PHARMACY_TIME_ZONE, at);
    return day >= from && day <= to;
  }

  // The days of a window, widened by a day each side: every instant of them, in any time zone.
  private bounds({ from, to }: KpiWindow): [string, string] {
    return [addDays(from, -1), addDays(to, 2)];
  }

  private async timeToTherapy(manager: EntityManager, window: KpiWindow): Promise<Distribution> {
    const rows = await manager.query<{ received_at: Date; first_dose_at: Date }[]>(
      `SELECT received_at, first_dose_at FROM journey
        WHERE first_dose_at >= $1::date AND first_dose_at < $2::date AND received_at IS NOT NULL`,
      this.bounds(window),
    );
    return distributionOf(
      rows
        .filter((row) => this.inWindow(row.first_dose_at, window))
        .map((row) => roundDays(row.first_dose_at.getTime() - row.received_at.getTime())),
    );
  }

  private async turnaround(
    manager: EntityManager,
    window: KpiWindow,
  ): Promise<({ payerId: string } & Distribution)[]> {
    // Each request's first submission and its first decision in the window.
    const rows = await manager.query<{ payer_id: string; submitted_at: Date; decided_at: Date }[]>(
      `WITH decided AS (
         SELECT facts->>'authorizationId' AS authorization_id, min(occurred_at) AS decided_at
           FROM journey_entry
          WHERE type IN ('org.infuse.authorization.approved.v1', 'org.infuse.authorization.denied.v1')
          GROUP BY 1)
       SELECT s.facts->>'payerId' AS payer_id, min(s.occurred_at) AS submitted_at, d.decided_at
         FROM decided d
         JOIN journey_entry s ON s.type = 'org.infuse.authorization.submitted.v1'
                             AND s.facts->>'authorizationId' = d.authorization_id
        WHERE d.decided_at >= $1::date AND d.decided_at < $2::date
        GROUP BY d.authorization_id, s.facts->>'payerId', d.decided_at`,
      this.bounds(window),
    );
    const byPayer = new Map<string, number[]>();
    for (const row of rows.filter((candidate) => this.inWindow(candidate.decided_at, window))) {
      const hours = (row.decided_at.getTime() - row.submitted_at.getTime()) / HOUR_MS;
      byPayer.set(row.payer_id, [
        ...(byPayer.get(row.payer_id) ?? []),
        Math.round(hours * 10) / 10,
      ]);
    }
    return [...byPayer.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([payerId, hours]) => ({ payerId, ...distributionOf(hours) }));
  }

  private async documentsPending(
    manager: EntityManager,
  ): Promise<Distribution & { max: number | null }> {
    const rows = await manager.query<{ since: Date }[]>(
      `SELECT since FROM journey WHERE stage = 'intake' AND waiting_for LIKE 'missing:%'`,
    );
    const now = this.calendar.now().getTime();
    const days = rows.map((row) => roundDays(now - row.since.getTime()));
    return { ...distributionOf(days), max: days.length === 0 ? null : Math.max(...days) };
  }

  private async dosesOnTime(manager: EntityManager, window: KpiWindow): Promise<Kpis['doses']> {
    // Each infusion day given, with the day pharmacy ordered it for.
    const rows = await manager.query<{ given_on: IsoDate; due: IsoDate | null }[]>(
      `SELECT v.facts->>'givenOn' AS given_on,
              (c.facts->'administrationDates'->>((v.facts->>'infusionDay')::int - 1)) AS due
         FROM journey_entry v
         LEFT JOIN journey_entry c ON c.type = 'org.infuse.dispense.created.v1'
                                  AND c.facts->>'dispenseId' = v.facts->>'dispenseId'
        WHERE v.type = 'org.infuse.visit.completed.v1'
          AND v.facts->>'givenOn' BETWEEN $1 AND $2`,
      [window.from, window.to],
    );
    const onTime = rows.filter((row) => row.due !== null && row.given_on <= row.due);
    return { given: rows.length, onTime: onTime.length, late: rows.length - onTime.length };
  }
}
