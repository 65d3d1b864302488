// What makes two events the same fact: a referral accepted once, one approval per authorization,
// one first dose per referral and cycle, one visit per dose and infusion day, one due date per
// task and reminder. Two events with different ids and the same fact mean a service applied
// something twice (a redelivered event carries the same id, and is not counted). A type not named
// here is one fact per identical content, its timestamps aside.
const short = (type) => type.replace(/^org\.infuse\./, '').replace(/\.v\d+$/, '');

const FACTS = {
  'referral.received': (d) => d.referralId,
  'referral.accepted': (d) => d.referralId,
  'referral.rejected': (d) => d.referralId,
  'authorization.requested': (d) =>
    d.kind === 'initial' ? `${d.referralId} initial` : `${d.authorizationId} ${d.kind}`,
  'authorization.submitted': (d) => `${d.authorizationId} ${d.claimIdentifier}`,
  'authorization.approved': (d) => d.authorizationId,
  'authorization.denied': (d) => d.authorizationId,
  'dispense.created': (d) => `${d.referralId} cycle ${d.cycle}`,
  // The run reopens no dose: one verification and one release each.
  'dispense.verified': (d) => d.dispenseId,
  'dispense.released': (d) => d.dispenseId,
  'visit.scheduled': (d) => `${d.dispenseId} day ${d.infusionDay} ${d.rescheduledFrom ?? ''}`,
  'follow-up.created': (d) => d.taskId,
  'follow-up.due': (d) => `${d.taskId} reminder ${d.reminder}`,
  'follow-up.escalated': (d) => d.taskId,
  'follow-up.completed': (d) => d.taskId,
  'follow-up.cancelled': (d) => d.taskId,
  'assistance-case.enrolled': (d) =>
    `${d.caseId} ${d.programme?.id ?? JSON.stringify(d.programme)}`,
  'assistance-case.closed': (d) => d.caseId,
};

/** Content without the moment it was stamped: a repeat of it is the same fact. */
function contentOf(data) {
  return JSON.stringify(data, (key, value) => (/At$/.test(key) ? undefined : value));
}

/** `<short type>: <what identifies it>`, e.g. `visit.scheduled: <dispense> day 1`. */
export function factOf(type, data) {
  const name = short(type);
  const key = FACTS[name];
  return `${name}: ${key ? key(data ?? {}) : contentOf(data)}`;
}

export { short as shortType };
