import { FollowUpError } from './follow-up.errors';
import { type FollowUpTask, openTask } from './follow-up-task';
import { closeTask, fireTask, snoozeTask } from './task-transitions';

const NOW = new Date('2026-11-20T14:00:00Z');
const HOUR_MS = 3_600_000;
// The numbers: remind every day, escalate after 3 reminders.
const RULES = { reminderIntervalHours: 24, escalateAfterReminders: 3 };

function task(kind: FollowUpTask['kind']): FollowUpTask {
  return openTask(
    {
      kind,
      subjectKey: 'fact',
      patientId: 'p',
      referralId: 'r',
      priority: 'normal',
      dueAt: NOW,
      details: {},
    },
    'task-1',
    NOW,
  );
}

describe('fireTask', () => {
  it('reminds about missing documents every interval and escalates once, at the third reminder', () => {
    let current = task('missing_documents');
    const firings = [1, 2, 3, 4].map((n) => {
      const at = new Date(NOW.getTime() + (n - 1) * 24 * HOUR_MS);
      const firing = fireTask(current, at, RULES);
      current = firing.task;
      return {
        reminder: firing.reminder,
        escalated: firing.escalated,
        status: current.status,
        priority: current.priority,
        step: current.jobStep,
        next: current.nextRunAt?.getTime(),
        at: at.getTime(),
      };
    });
    expect(
      firings.map(({ reminder, escalated, status, priority, step }) => [
        reminder,
        escalated,
        status,
        priority,
        step,
      ]),
    ).toEqual([
      [1, false, 'due', 'normal', 2],
      [2, false, 'due', 'normal', 3],
      [3, true, 'escalated', 'high', 4],
      [4, false, 'escalated', 'high', 5],
    ]);
    for (const firing of firings) expect(firing.next).toBe(firing.at + 24 * HOUR_MS);
  });

  it.each(['authorization_pended', 'next_cycle', 'adverse_reaction', 'missed_visit'] as const)(
    'makes a %s task due once, with no further job',
    (kind) => {
      const firing = fireTask(task(kind), NOW, RULES);
      expect(firing).toMatchObject({ escalated: false, task: { status: 'due', jobStep: 1 } });
      expect(firing.reminder).toBeUndefined();
      expect(firing.task.nextRunAt).toBeUndefined();
    },
  );
});

describe('closeTask and snoozeTask', () => {
  it('completes an open task with who and why, and refuses to close it twice', () => {
    const closed = closeTask(
      task('next_cycle'),
      { outcome: 'completed', by: 'ic-17', note: 'Confirmed.' },
      NOW,
    );
    expect(closed).toMatchObject({
      status: 'completed',
      closedBy: 'ic-17',
      note: 'Confirmed.',
      closedAt: NOW,
    });
    expect(closed.nextRunAt).toBeUndefined();
    expect(() => closeTask(closed, { outcome: 'cancelled', by: 'ic-17' }, NOW)).toThrow(
      FollowUpError,
    );
  });

  it('snoozes to a later time with a new step, keeping an escalated task escalated', () => {
    const until = new Date(NOW.getTime() + 48 * HOUR_MS);
    const escalated = {
      ...task('missing_documents'),
      status: 'escalated' as const,
      priority: 'high' as const,
    };
    expect(snoozeTask(escalated, until, NOW)).toMatchObject({
      status: 'escalated',
      dueAt: until,
      nextRunAt: until,
      jobStep: 2,
    });
    expect(snoozeTask(task('missed_visit'), until, NOW)).toMatchObject({
      status: 'scheduled',
      jobStep: 2,
    });
  });

  it.each([
    ['now', NOW],
    ['the past', new Date(NOW.getTime() - 1)],
  ])('refuses to snooze to %s', (_when, until) => {
    let error: unknown;
    try {
      snoozeTask(task('missed_visit'), until, NOW);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FollowUpError);
    expect((error as FollowUpError).code).toBe('FOLLOW_UP.SNOOZE_NOT_LATER');
  });
});
