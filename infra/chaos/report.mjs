// The fault run's report: a table per fault (its window, the referrals in flight during it and
// what became of them, and how long the chain took to recover from its end), the run's checks,
// and the totals line. Returns whether the run passed.
import { cpus, loadavg } from 'node:os';
import { seconds } from './faults.mjs';

const after = (ms) =>
  ms === undefined ? '-' : ms <= 0 ? 'at once (nothing waiting)' : `${seconds(ms)}`;

function printTable(title, rows) {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/**
 * In flight during a fault: sent before it ended and not done before it began. Recovered: in
 * flight and completed exactly once.
 */
function faultFigures(window, driver, verdicts) {
  const sent = [...driver.referrals].map(([id, referral]) => ({
    id,
    ...referral,
    completedAt: driver.completedAt(id),
    firstVisitAt: driver.firstVisitAt(id),
  }));
  const inFlight = sent.filter(
    (referral) =>
      referral.sentAt < window.endedAt &&
      (referral.completedAt === undefined || referral.completedAt > window.startedAt),
  );
  const outcome = (referral) => verdicts.get(referral.id) ?? { lost: [], doubled: [] };
  const lost = inFlight.filter((referral) => outcome(referral).lost.length > 0);
  const doubled = inFlight.filter((referral) => outcome(referral).doubled.length > 0);
  const recovered = inFlight.filter(
    (referral) => outcome(referral).lost.length + outcome(referral).doubled.length === 0,
  );
  const later = sent.filter(
    (referral) => referral.sentAt >= window.endedAt && referral.firstVisitAt,
  );
  const firstNewVisit = later.length
    ? Math.min(...later.map((referral) => referral.firstVisitAt)) - window.endedAt
    : undefined;
  const backlog = sent.filter((referral) => referral.sentAt < window.endedAt);
  const drained = backlog.every((referral) => referral.completedAt !== undefined)
    ? Math.max(...backlog.map((referral) => referral.completedAt)) - window.endedAt
    : undefined;
  return { inFlight, lost, doubled, recovered, firstNewVisit, drained, backlog };
}

export function printReport({ run, rate, startedAt, stoppedAt, drain, windows, driver, checks }) {
  const { verdicts } = checks;
  console.log(
    `\nchaos:chain, run ${run}: the six apps as processes, ${rate} referrals/s for ${seconds(stoppedAt - startedAt)}; ${cpus().length} cores, load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    "In flight: sent before the fault ended and not yet through to its visits when it began. Recovery is timed from the fault's end: to the first visit of a referral sent after it, and until every referral sent before it had its visits.",
  );
  const recovered = new Set();
  windows.forEach((window, index) => {
    const figures = faultFigures(window, driver, verdicts);
    for (const referral of figures.recovered) recovered.add(referral.id);
    printTable(`Fault ${index + 1} of ${windows.length}: ${window.name}`, [
      ['what happened', window.detail],
      ['fault lasted', seconds(window.endedAt - window.startedAt)],
      ['referrals in flight', String(figures.inFlight.length)],
      ['recovered (completed exactly once)', String(figures.recovered.length)],
      ['lost / doubled', `${figures.lost.length} / ${figures.doubled.length}`],
      ['end → first visit of a referral sent after it', after(figures.firstNewVisit)],
      [
        `end → backlog drained (${figures.backlog.length} sent before the end)`,
        figures.drained === undefined ? 'not drained' : after(figures.drained),
      ],
      ...(window.rows ?? []),
    ]);
  });

  const outcomes = [...verdicts.values()];
  const lost = outcomes.filter((verdict) => verdict.lost.length > 0).length;
  const doubled = outcomes.filter((verdict) => verdict.doubled.length > 0).length;
  const completedAt = [...driver.referrals.keys()].map((id) => driver.completedAt(id));
  const completed = completedAt.filter(Boolean).length;
  const lastVisitAt = Math.max(...completedAt.filter(Boolean));
  printTable('The run', [
    ['referrals due to be sent', String(driver.submittedCount)],
    [
      'accepted',
      `${driver.referrals.size} (over HTTP), ${checks.accepted.length} (referral.accepted in Kafka)`,
    ],
    ['through to their visits', String(completed)],
    [
      'the chain completed',
      `${(completed / ((lastVisitAt - startedAt) / 1000)).toFixed(1)} referrals/s on average (sent at ${rate}/s); the last visit ${seconds(lastVisitAt - stoppedAt)} after the last referral was sent${lastVisitAt - stoppedAt > 60_000 ? ': it fell behind, so the backlog times above include that queue' : ''}`,
    ],
    [
      'tries again while a service could not answer',
      `${driver.retries.submissions} submissions, ${driver.retries.pharmacy} pharmacy calls${
        driver.retryReasons.length
          ? `; most: ${driver.retryReasons
              .slice(0, 3)
              .map(([reason, count]) => `${reason} (${count})`)
              .join('; ')}`
          : ''
      }`,
    ],
    ['dead letters', String(checks.deadLetters)],
  ]);
  const failures = driver.failures;
  console.log('\nChecks');
  const recoveries = windows.flatMap((window) => window.problems ?? []);
  const allChecks = [
    ...checks.checks,
    {
      name: 'each fault recovered (Redis: every job back from PostgreSQL after its restart)',
      ok: recoveries.length === 0,
      problems: recoveries,
      detail: '',
    },
    {
      name: 'every referral sent was accepted and every first dose released by the pharmacists',
      ok: failures.length === 0,
      problems: failures,
      detail: '',
    },
  ];
  for (const { name, ok, problems, detail } of allChecks) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
    for (const problem of problems.slice(0, 10)) console.log(`         ${problem}`);
    if (problems.length > 10) console.log(`         … and ${problems.length - 10} more`);
  }
  if (!drain.drained)
    console.log(
      `\nThe chain did not drain: ${drain.waiting.length} referrals were still under way when none had completed for a while; they count as lost.`,
    );
  console.log(`\nlost ${lost}, doubled ${doubled}, recovered ${recovered.size}`);
  return { ok: lost === 0 && doubled === 0 && allChecks.every((check) => check.ok) };
}
