import { DispenseReleased } from '@infuse/contracts';
import type { InfusionPlan } from '../visits.api';
import { firstRateOf, titrationOf } from './titration';

const MINUTE_MS = 60_000;
const STARTED_AT = '2026-12-07T14:00:00.000Z';
const START = Date.parse(STARTED_AT);

// Privigen for 71.2 kg, as pharmacy releases it (DispenseReleased's example): half-hour steps.
const PLAN: InfusionPlan = DispenseReleased.example.infusionPlan;

const at = (minutes: number) => START + minutes * MINUTE_MS;

describe('titrationOf', () => {
  it('offers no step to take before the infusion has started', () => {
    const titration = titrationOf(PLAN, undefined, undefined, false, at(0));
    expect(titration.running).toBeUndefined();
    expect(titration.next).toBeUndefined();
    expect(titration.nextAllowed).toBe(false);
    expect(titration.steps.map((step) => step.opensAt)).toEqual([null, null, null, null, null]);
  });

  it('times each step from the start, by its start minute', () => {
    const titration = titrationOf(PLAN, STARTED_AT, 21.4, false, at(5));
    expect(titration.steps.map((step) => step.opensAt)).toEqual([
      at(0),
      at(30),
      at(60),
      at(90),
      at(120),
    ]);
  });

  it('holds the next step until its minute has come', () => {
    const titration = titrationOf(PLAN, STARTED_AT, 21.4, false, at(29));
    expect(titration.running?.step).toBe(1);
    expect(titration.next?.step).toBe(2);
    expect(titration.nextAllowed).toBe(false);
    expect(titration.blockedBy).toBe('time');
  });

  it('allows the next step from its start minute on', () => {
    const titration = titrationOf(PLAN, STARTED_AT, 21.4, false, at(30));
    expect(titration.nextAllowed).toBe(true);
    expect(titration.blockedBy).toBeUndefined();
  });

  it('goes one step at a time from the rate running, however late it is', () => {
    const titration = titrationOf(PLAN, STARTED_AT, 42.7, false, at(140));
    expect(titration.steps.map((step) => step.state)).toEqual([
      'done',
      'running',
      'next',
      'later',
      'later',
    ]);
    expect(titration.next?.step).toBe(3);
    expect(titration.nextAllowed).toBe(true);
  });

  it('holds the rate after a reaction until the nurse resumes, even when the time has come', () => {
    const titration = titrationOf(PLAN, STARTED_AT, 21.4, true, at(45));
    expect(titration.nextAllowed).toBe(false);
    expect(titration.blockedBy).toBe('held');
  });

  it('reads a rate slowed below the next step as the step it is still at', () => {
    // Slowed after a reaction from step 3's 85.4 to 60: the pump runs step 2's rate or above.
    const titration = titrationOf(PLAN, STARTED_AT, 60, false, at(70));
    expect(titration.running?.step).toBe(2);
    expect(titration.next?.step).toBe(3);
  });

  it('takes a rate as entered from the printed plan as its step, but not one a tenth below', () => {
    expect(titrationOf(PLAN, STARTED_AT, 85.4, false, at(70)).running?.step).toBe(3);
    expect(titrationOf(PLAN, STARTED_AT, 85.3, false, at(70)).running?.step).toBe(2);
  });

  it('never shows a step above the plan’s cap, and the capped step is the last to take', () => {
    const capped: InfusionPlan = { ...PLAN, maxMlPerHour: 200 };
    const titration = titrationOf(capped, STARTED_AT, 200, false, at(150));
    expect(titration.steps.map((step) => step.mlPerHour)).toEqual([21.4, 42.7, 85.4, 170.9, 200]);
    expect(titration.running?.step).toBe(5);
    expect(titration.next).toBeUndefined();
    expect(titration.nextAllowed).toBe(false);
    expect(titration.blockedBy).toBeUndefined();
  });
});

describe('firstRateOf', () => {
  it('starts the pump at the first step’s rate', () => {
    expect(firstRateOf(PLAN)).toBe(21.4);
  });

  it('starts no higher than the cap', () => {
    expect(firstRateOf({ ...PLAN, maxMlPerHour: 15 })).toBe(15);
  });
});
