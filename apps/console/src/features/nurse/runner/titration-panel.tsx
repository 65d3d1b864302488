import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ACTION_COLOR } from '../tones';
import { StatusTag } from '../status-tag';
import { formatTime } from '../../../ui/time';
import { Countdown } from '../countdown';
import type { QueuedUpdate } from '../queue/update-store';
import type { VisitView } from '../visits.api';
import { formatRate } from '../words';
import type { RecordUpdates } from './use-recorder';
import { titrationOf, type StepView } from './titration';
import type { VisitProgress } from './visit-progress';

const STEP_STATE_WORDS: Record<StepView['state'], { label: string; color: string }> = {
  done: { label: 'Done', color: 'gray' },
  running: { label: 'Running', color: 'violet' },
  next: { label: 'Next', color: 'blue' },
  later: { label: 'Later', color: 'gray' },
};

/**
 * The released titration as steps: each step's rate (never above the cap), when the plan allows
 * it, a countdown to the next one, and the one button that takes it once allowed. The service
 * judges the rate again; its refusal, with the rate it allows, is shown here.
 */
export function TitrationPanel({
  visit,
  progress,
  queued,
  now,
  record,
  canChange,
}: {
  visit: VisitView;
  progress: VisitProgress;
  queued: readonly QueuedUpdate[];
  now: number;
  record: RecordUpdates;
  canChange: boolean;
}) {
  const plan = visit.infusionPlan;
  const titration = titrationOf(
    plan,
    progress.startedAt,
    progress.currentRate,
    progress.rateHeld,
    now,
  );
  const perSite = plan.route === 'SC' ? ' per site' : '';
  // The latest rate the nurse set, when the service refused it (a later accepted one clears it).
  const lastRate = [...queued]
    .reverse()
    .find(
      (entry) => entry.update.type === 'rate_changed' || entry.update.type === 'infusion_started',
    );
  const lastRefusal = lastRate?.state === 'refused' ? lastRate : undefined;
  const infusing = progress.startedAt !== undefined && progress.endedAt === undefined;
  const { next } = titration;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="titration-title">
      <Stack gap="sm">
        <Title order={3} id="titration-title">
          Titration plan
        </Title>
        <Text size="sm">
          {plan.route} · {plan.totalVolumeMl} mL over about {plan.infusionMinutes} min · at most{' '}
          {formatRate(plan.maxMlPerHour)}
          {perSite}
          {plan.sites ? ` · ${plan.sites} sites` : ''}
        </Text>
        {plan.rateCap && (
          <Text size="sm" fw={600}>
            Capped at {plan.rateCap.mgPerKgMin} mg/kg/min: {plan.rateCap.reason}
          </Text>
        )}
        {infusing && (
          <Text size="lg" fw={700}>
            Running at {progress.currentRate === undefined ? '—' : formatRate(progress.currentRate)}
            {perSite}
          </Text>
        )}
        {lastRefusal?.refusal && (
          <Alert color="red" title="Rate refused by the server" role="alert">
            {describeRefused(lastRefusal)} {lastRefusal.refusal.message}
            {lastRefusal.refusal.allowedMlPerHour !== undefined &&
              ` Allowed: ${formatRate(lastRefusal.refusal.allowedMlPerHour)}.`}
          </Alert>
        )}
        {infusing && progress.rateHeld && (
          <Alert color="red" title="Rate held after a reaction">
            The rate may not go up until you record that the infusion resumed (Reaction → Resumed).
          </Alert>
        )}
        {infusing && canChange && next && (
          <Stack gap="xs">
            {titration.blockedBy === 'time' && next.opensAt !== null && (
              <Countdown label={`Step ${next.step} allowed in`} until={next.opensAt} now={now} />
            )}
            {titration.nextAllowed && (
              <Text fw={700} c="teal.9">
                Step {next.step} is allowed now.
              </Text>
            )}
            <Button
              color={ACTION_COLOR}
              size="lg"
              fullWidth
              disabled={!titration.nextAllowed}
              onClick={() => void record({ type: 'rate_changed', mlPerHour: next.mlPerHour })}
            >
              Go to step {next.step}: {formatRate(next.mlPerHour)}
            </Button>
          </Stack>
        )}
        {infusing && !next && (
          <Text size="sm">The last step is running: keep this rate until the end.</Text>
        )}
        <Stack component="ol" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Steps">
          {titration.steps.map((step) => (
            <li key={step.step}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <b>Step {step.step}</b>: {formatRate(step.mlPerHour)}
                  {step.mgPerKgMin ? ` (${step.mgPerKgMin} mg/kg/min)` : ''} ·{' '}
                  {step.opensAt === null
                    ? `from minute ${step.startMinute}`
                    : `from ${formatTime(new Date(step.opensAt).toISOString())}`}
                </Text>
                {progress.startedAt && (
                  <StatusTag color={STEP_STATE_WORDS[step.state].color}>
                    {STEP_STATE_WORDS[step.state].label}
                  </StatusTag>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function describeRefused(entry: QueuedUpdate): string {
  const { update } = entry;
  const rate =
    update.type === 'rate_changed' || update.type === 'infusion_started'
      ? update.mlPerHour
      : undefined;
  return rate === undefined
    ? `At ${formatTime(update.at)}:`
    : `${formatRate(rate)} at ${formatTime(update.at)}:`;
}
