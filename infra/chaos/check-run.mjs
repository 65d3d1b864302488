// After the run, what the topics and each service's tables say happened: per accepted referral,
// whether its chain completed exactly once (lost: a step missing; doubled: a step done twice), and
// the run's checks: no fact twice in a topic or an outbox, every outbox row in Kafka, every event
// a service handles applied by it, no task fired twice, every open job back in Redis, no call to
// another system left undone, every dead letter with its reason.
import pg from 'pg';
import { CHAIN_APPS } from '../bench/chain/stack.mjs';
import { factOf } from './facts.mjs';
import { waitForJobs } from './redis-jobs.mjs';
import { readRunTopics } from './run-topics.mjs';

const TYPE = {
  accepted: 'org.infuse.referral.accepted.v1',
  approved: 'org.infuse.authorization.approved.v1',
  created: 'org.infuse.dispense.created.v1',
  released: 'org.infuse.dispense.released.v1',
  scheduled: 'org.infuse.visit.scheduled.v1',
};
// The services whose tables hold the chain's steps.
const PUBLISHERS = CHAIN_APPS.filter((name) => name !== 'payer-sandbox');

/** Groups `items` by `keyOf`, into a Map of arrays. */
function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

const distinct = (values) => [...new Set(values)];

export async function checkRun({
  databaseUrl,
  redisUrl,
  chain,
  driver,
  escalateAfter,
  jobsWithinMs = 90_000,
}) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = async (text, values) => (await db.query(text, values)).rows;
    const table = (service, name) => `"${chain.schemaOf(service)}".${name}`;
    // The outboxes before the topics, so every row published by then is in what is read; the
    // inboxes and the rest after, so every event read had its chance to be applied.
    const outboxes = new Map();
    for (const service of PUBLISHERS)
      outboxes.set(
        service,
        await rows(`SELECT event_id, type, data, published_at FROM ${table(service, 'outbox')}`),
      );
    const topics = await readRunTopics(chain.topicPrefix);
    const checks = [];
    const check = (name, problems, detail = '') =>
      checks.push({ name, ok: problems.length === 0, problems, detail });

    // One entry per event id (a redelivery appends the same id again: at-least-once, allowed).
    const events = [...groupBy(topics.messages, (message) => message.id).values()].map(
      (copies) => ({ ...copies[0], copies: copies.length }),
    );
    const byType = groupBy(events, (event) => event.type);
    const ofType = (type) => byType.get(type) ?? [];
    const referralOf = (event) => event.data?.referralId ?? event.correlationId;

    // Facts told twice, in the topics.
    const factsTwice = [...groupBy(events, (event) => factOf(event.type, event.data))].filter(
      ([, same]) => same.length > 1,
    );
    const verdicts = new Map();
    const verdictOf = (referralId) => {
      if (!verdicts.has(referralId)) verdicts.set(referralId, { lost: [], doubled: [] });
      return verdicts.get(referralId);
    };

    // The chain of each accepted referral, step by step.
    const accepted = distinct(ofType(TYPE.accepted).map(referralOf));
    for (const id of driver.referrals.keys())
      if (!accepted.includes(id))
        verdictOf(id).lost.push('accepted over HTTP, but no referral.accepted in Kafka');
    const approvals = groupBy(
      ofType(TYPE.approved).filter((event) => event.data.kind === 'initial'),
      referralOf,
    );
    const firstDoses = groupBy(
      ofType(TYPE.created).filter((event) => event.data.cycle === 1),
      referralOf,
    );
    const releases = groupBy(ofType(TYPE.released), (event) => event.data.dispenseId);
    const visits = groupBy(
      ofType(TYPE.scheduled).filter((event) => event.data.cycle === 1),
      referralOf,
    );
    const visitRows = await rows(
      `SELECT referral_id, dispense_id, infusion_day, count(*)::int AS n FROM ${table('nursing', 'visit')}
        WHERE cycle = 1 GROUP BY referral_id, dispense_id, infusion_day`,
    );
    const doseRows = await rows(
      `SELECT referral_id, count(*)::int AS n FROM ${table('pharmacy', 'dispense_order')}
        WHERE cycle = 1 GROUP BY referral_id`,
    );
    const authorizationRows = await rows(
      `SELECT referral_id, count(*)::int AS n FROM ${table('prior-auth', 'authorization_request')}
        WHERE kind = 'initial' GROUP BY referral_id`,
    );
    const submissionRows = await rows(
      `SELECT a.referral_id, s.authorization_id, count(*)::int AS n
         FROM ${table('prior-auth', 'payer_submission')} s
         JOIN ${table('prior-auth', 'authorization_request')} a ON a.id = s.authorization_id
        WHERE s.purpose = 'submit' GROUP BY a.referral_id, s.authorization_id`,
    );
    const rowsOf = (list) => groupBy(list, (row) => row.referral_id);
    const visitsStored = rowsOf(visitRows);
    const dosesStored = new Map(doseRows.map((row) => [row.referral_id, row.n]));
    const requestsStored = new Map(authorizationRows.map((row) => [row.referral_id, row.n]));
    const submissionsStored = rowsOf(submissionRows);

    for (const id of accepted) {
      const verdict = verdictOf(id);
      const approved = distinct(
        (approvals.get(id) ?? []).map((event) => event.data.authorizationId),
      );
      if (approved.length === 0) verdict.lost.push('no authorization approved');
      if (approved.length > 1) verdict.doubled.push(`${approved.length} authorizations approved`);
      if ((requestsStored.get(id) ?? 0) > 1)
        verdict.doubled.push(`${requestsStored.get(id)} initial authorization requests stored`);
      for (const submission of submissionsStored.get(id) ?? [])
        if (submission.n > 1)
          verdict.doubled.push(`${submission.n} submissions to the payer of one authorization`);
      const doses = distinct((firstDoses.get(id) ?? []).map((event) => event.data.dispenseId));
      if (doses.length === 0) verdict.lost.push('no first dose opened');
      if (doses.length > 1) verdict.doubled.push(`${doses.length} first doses opened`);
      if ((dosesStored.get(id) ?? 0) > 1)
        verdict.doubled.push(`${dosesStored.get(id)} first-dose orders stored`);
      for (const dose of doses) {
        const released = releases.get(dose) ?? [];
        if (released.length === 0) verdict.lost.push('first dose not released');
        if (released.length > 1) verdict.doubled.push(`${released.length} releases of one dose`);
      }
      const scheduled = visits.get(id) ?? [];
      const days = groupBy(
        scheduled,
        (event) => `${event.data.dispenseId} ${event.data.infusionDay}`,
      );
      const expected = Math.max(0, ...scheduled.map((event) => event.data.infusionDays));
      if (scheduled.length === 0) verdict.lost.push('no visit scheduled');
      else if (days.size < expected)
        verdict.lost.push(`${days.size} of ${expected} infusion days' visits scheduled`);
      for (const [day, same] of days) {
        const visitIds = distinct(same.map((event) => event.data.visitId));
        if (same.length > 1)
          verdict.doubled.push(
            `${same.length} visit.scheduled for ${day} (${visitIds.length} visits)`,
          );
      }
      for (const row of visitsStored.get(id) ?? [])
        if (row.n > 1) verdict.doubled.push(`${row.n} visits stored for day ${row.infusion_day}`);
    }
    for (const [fact, same] of factsTwice)
      verdictOf(referralOf(same[0])).doubled.push(`${fact} told ${same.length} times`);

    check(
      'every accepted referral reached its scheduled visits exactly once',
      [...verdicts]
        .filter(([, verdict]) => verdict.lost.length + verdict.doubled.length > 0)
        .map(([id, verdict]) => `${id}: ${[...verdict.lost, ...verdict.doubled].join('; ')}`),
      `${accepted.length} referrals accepted`,
    );
    check(
      'no fact in the topics twice under different event ids',
      factsTwice.map(([fact, same]) => `${fact}: ids ${same.map((event) => event.id).join(', ')}`),
      `${events.length} events, ${topics.messages.length - events.length} appended again (at-least-once)`,
    );

    // Each service's outbox: published, in Kafka, and no fact written twice.
    const topicIds = new Set(events.map((event) => event.id));
    const outboxProblems = [];
    const outboxTwice = [];
    let outboxRows = 0;
    for (const service of PUBLISHERS) {
      const outbox = outboxes.get(service);
      outboxRows += outbox.length;
      const unpublished = outbox.filter((row) => !row.published_at);
      const missing = outbox.filter((row) => row.published_at && !topicIds.has(row.event_id));
      if (unpublished.length > 0)
        outboxProblems.push(`${service}: ${unpublished.length} rows not published`);
      if (missing.length > 0)
        outboxProblems.push(
          `${service}: ${missing.length} published rows not in Kafka (e.g. ${missing[0].event_id})`,
        );
      for (const [fact, same] of groupBy(outbox, (row) => factOf(row.type, row.data)))
        if (same.length > 1) outboxTwice.push(`${service}: ${fact} written ${same.length} times`);
    }
    check('every outbox row published and in Kafka', outboxProblems, `${outboxRows} rows`);
    check('no service wrote a fact twice to its outbox (an event applied twice)', outboxTwice);

    // Each service's inbox: every event of a type it handles was applied by it. (Its primary key
    // on the event id is what makes a redelivery a no-op.)
    const inboxProblems = [];
    let inboxRows = 0;
    for (const service of PUBLISHERS) {
      const inbox = await rows(`SELECT event_id, type FROM ${table(service, 'inbox')}`);
      inboxRows += inbox.length;
      const applied = new Set(inbox.map((row) => row.event_id));
      for (const type of distinct(inbox.map((row) => row.type))) {
        const skipped = ofType(type).filter((event) => !applied.has(event.id));
        if (skipped.length > 0)
          inboxProblems.push(
            `${service}: ${skipped.length} ${type} never applied (e.g. ${skipped[0].id})`,
          );
      }
    }
    check('every service applied every event it handles', inboxProblems, `${inboxRows} inbox rows`);

    // Follow-ups: each task told created once, each reminder once, escalated once when its
    // reminders reached the limit; the row counts the reminders the topic told. Each referral
    // sent without its card has one missing-documents task, completed once the card came.
    const tasks = await rows(
      `SELECT id, kind, referral_id, status, reminders FROM ${table('workers', 'follow_up_task')}`,
    );
    const told = (type) => groupBy(ofType(type), (event) => event.data.taskId);
    const [created, dues, escalations] = [
      told('org.infuse.follow-up.created.v1'),
      told('org.infuse.follow-up.due.v1'),
      told('org.infuse.follow-up.escalated.v1'),
    ];
    const taskProblems = [];
    for (const task of tasks) {
      const doubled = (what) => {
        taskProblems.push(`task ${task.id} (${task.kind}): ${what}`);
        verdictOf(task.referral_id).doubled.push(`follow-up ${task.kind}: ${what}`);
      };
      const reminders = (dues.get(task.id) ?? []).map((event) => event.data.reminder);
      const once = distinct(reminders).sort((a, b) => a - b);
      if ((created.get(task.id) ?? []).length !== 1)
        doubled(`created told ${(created.get(task.id) ?? []).length} times`);
      if (reminders.length > once.length) doubled(`reminders told ${reminders.sort().join(',')}`);
      if (task.kind !== 'missing_documents') continue;
      if (once.length !== task.reminders || (once.at(-1) ?? 0) !== task.reminders)
        taskProblems.push(
          `task ${task.id}: the row counts ${task.reminders} reminders, the topic told ${once.join(',') || 'none'}`,
        );
      const escalated = (escalations.get(task.id) ?? []).length;
      if (escalated !== (task.reminders >= escalateAfter ? 1 : 0))
        doubled(`escalated ${escalated} times after ${task.reminders} reminders`);
    }
    for (const id of driver.chased.keys()) {
      const own = tasks.filter(
        (task) => task.referral_id === id && task.kind === 'missing_documents',
      );
      if (own.length === 0) {
        taskProblems.push(`referral ${id}: no missing-documents task`);
        verdictOf(id).lost.push('its missing card was never chased');
      } else if (own.length > 1) {
        taskProblems.push(`referral ${id}: ${own.length} missing-documents tasks`);
        verdictOf(id).doubled.push(`${own.length} missing-documents tasks`);
      } else if (driver.referrals.has(id) && own[0].status !== 'completed')
        taskProblems.push(
          `referral ${id}: its task is ${own[0].status} after the card accepted it`,
        );
    }
    check(
      'no follow-up task fired twice',
      distinct(taskProblems),
      `${tasks.length} tasks, ${ofType('org.infuse.follow-up.due.v1').length} reminders or due dates, ${ofType('org.infuse.follow-up.escalated.v1').length} escalations`,
    );

    // At the end too, every job an open row calls for is in Redis.
    const jobs = await waitForJobs({
      redisUrl,
      databaseUrl,
      schema: chain.schemaOf('workers'),
      prefix: chain.redisPrefix,
      withinMs: jobsWithinMs,
    });
    check(
      'every job an open row calls for is in Redis',
      jobs.missing,
      `${jobs.calledFor} open rows call for one`,
    );

    // Calls to other systems (the payer, programmes, referrals' documents): none left undone.
    const calls = [];
    for (const service of PUBLISHERS) {
      const [{ exists }] = await rows(`SELECT to_regclass($1) IS NOT NULL AS exists`, [
        table(service, 'outbound_call'),
      ]);
      if (!exists) continue;
      for (const row of await rows(
        `SELECT kind, status, count(*)::int AS n FROM ${table(service, 'outbound_call')} GROUP BY kind, status`,
      ))
        calls.push({ service, ...row });
    }
    check(
      'no call to another system left pending',
      calls
        .filter((call) => call.status === 'pending')
        .map((call) => `${call.service} ${call.kind}: ${call.n} pending`),
      calls.map((call) => `${call.service} ${call.kind} ${call.status} ${call.n}`).join(', '),
    );

    // The payer registered each Claim once, however often prior-auth sent it.
    const claims = await rows(
      `SELECT claim_system, claim_value, count(*)::int AS n FROM ${table('payer-sandbox', 'authorization_request')}
        GROUP BY claim_system, claim_value HAVING count(*) > 1`,
    );
    check(
      'the payer holds each Claim once',
      claims.map((claim) => `${claim.claim_value}: ${claim.n} requests at the payer`),
    );

    // Dead letters: allowed only with the reason they were set aside.
    const withoutReason = topics.deadLetters.filter((letter) => !letter.headers.dlq_error);
    const letters = [...groupBy(topics.deadLetters, (letter) => letter.topic)].map(
      ([topic, list]) => `${topic.slice(chain.topicPrefix.length)} ${list.length}`,
    );
    check(
      'every dead letter has its reason',
      withoutReason.map((letter) => `${letter.topic} offset ${letter.offset}: no dlq_error header`),
      letters.length === 0
        ? 'no dead letters'
        : `dead letters: ${letters.join(', ')}; reasons: ${distinct(topics.deadLetters.map((letter) => letter.headers.dlq_error)).join(' | ')}`,
    );

    return { verdicts, accepted, checks, deadLetters: topics.deadLetters.length };
  } finally {
    await db.end();
  }
}
