import {
  Affix,
  Alert,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DANGER_COLOR } from '../tones';
import { StatusTag } from '../status-tag';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { formatDate, formatTime, todayInPharmacy } from '../../../ui/time';
import { useNow } from '../clock';
import { useVisitUpdates } from '../queue/use-update-queue';
import type { VisitView } from '../visits.api';
import { EndInfusionForm } from './end-infusion-form';
import { LocationButton } from './location-button';
import { AddendumForm, MissedForm, PremedicationForm, SignForm } from './note-forms';
import { ObservationPanel } from './observation-panel';
import { ReactionDialog } from './reaction-dialog';
import { RefusedUpdates } from './refused-updates';
import { StartInfusionForm } from './start-infusion-form';
import { TitrationPanel } from './titration-panel';
import { useRecorder, type RecordUpdates } from './use-recorder';
import { VisitHeader } from './visit-header';
import { progressOf, type VisitProgress } from './visit-progress';
import { VisitRecordView } from './visit-record-view';
import { VitalsForm } from './vitals-form';

/**
 * The visit, step by step, as the nurse works through it in the home: check-in, vitals, the
 * infusion and its titration, reactions, the end with the lots, the observation, check-out and
 * her signature. Every action is stored on the device first; the screen moves on at once and the
 * service's answer (applied or refused) follows when the connection allows.
 */
export function VisitRunner({
  visit,
  readAt,
  onRefresh,
  refreshing,
}: {
  visit: VisitView;
  readAt: number;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const queued = useVisitUpdates(visit.id);
  const progress = progressOf(visit.record, queued);
  const now = useNow();
  const { record, error } = useRecorder(visit.id);
  const [reacting, reaction] = useDisclosure(false);
  const open = visit.status !== 'cancelled';
  const locked = progress.stage === 'signed' || progress.stage === 'missed';
  const arrived = progress.arrivedAt !== undefined;
  const infusing = progress.startedAt !== undefined && progress.endedAt === undefined;
  const canReact = open && progress.startedAt !== undefined && !locked;
  return (
    <Stack gap="md" pb={canReact ? 96 : 0}>
      <VisitHeader visit={visit} progress={progress} />
      {error !== null && (
        <Alert color="red" title="Not saved on this device" role="alert">
          The device could not store this update. Try again; if it keeps failing, note it on paper.
        </Alert>
      )}
      <RefusedUpdates queued={queued} />
      {open && (
        <Section title="Next step">
          <NextStep visit={visit} progress={progress} now={now} record={record} />
        </Section>
      )}
      <TitrationPanel
        visit={visit}
        progress={progress}
        queued={queued}
        now={now}
        record={record}
        canChange={open && !locked}
      />
      {open && arrived && !locked && (
        <Section title="Vitals">
          <LastVitals progress={progress} />
          <VitalsForm record={record} />
        </Section>
      )}
      {open && arrived && !locked && progress.endedAt === undefined && (
        <Section title="Pre-medication">
          <Text size="sm">{visit.premedication.advice}</Text>
          {progress.premedications.map((given) => (
            <Text size="sm" key={`${given.at}-${given.medication}`}>
              Given at {formatTime(given.at)}: {given.medication} {given.dose}
            </Text>
          ))}
          <PremedicationForm record={record} />
        </Section>
      )}
      <LotsSection visit={visit} lotInUse={progress.lotNumber} />
      {visit.monitoring.length > 0 && (
        <Section title="Monitoring">
          <List size="sm">
            {visit.monitoring.map((task) => (
              <List.Item key={task.code}>{task.description}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {open && !locked && progress.startedAt === undefined && <MissedSection record={record} />}
      <VisitRecordView
        record={visit.record}
        readAt={readAt}
        onRefresh={onRefresh}
        refreshing={refreshing}
        waiting={progress.pending}
      />
      {canReact && !reacting && (
        <Affix position={{ bottom: 16, left: 16, right: 16 }}>
          <Button
            color={DANGER_COLOR}
            size="xl"
            fullWidth
            onClick={reaction.open}
            style={{ boxShadow: 'var(--mantine-shadow-md)' }}
          >
            Reaction
          </Button>
        </Affix>
      )}
      <ReactionDialog
        opened={reacting}
        onClose={reaction.close}
        record={record}
        currentRate={progress.currentRate}
        infusing={infusing}
      />
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The one thing to do now, by where the visit stands. */
function NextStep({
  visit,
  progress,
  now,
  record,
}: {
  visit: VisitView;
  progress: VisitProgress;
  now: number;
  record: RecordUpdates;
}) {
  switch (progress.stage) {
    case 'scheduled':
      return (
        <Stack gap="sm">
          <Button
            size="lg"
            fullWidth
            variant="light"
            onClick={() => void record({ type: 'en_route' })}
          >
            On my way
          </Button>
          <LocationButton kind="arrived" label="Check in" record={record} />
        </Stack>
      );
    case 'en_route':
      return (
        <Stack gap="sm">
          <Text>On the way since {formatTime(progress.enRouteAt)}.</Text>
          <LocationButton kind="arrived" label="Check in" record={record} />
        </Stack>
      );
    case 'arrived':
      return (
        <Stack gap="sm">
          <Text>
            Checked in at {formatTime(progress.arrivedAt)}.{' '}
            {progress.vitals.length === 0 ? 'Take the vitals before starting.' : ''}
          </Text>
          <StartInfusionForm visit={visit} record={record} />
        </Stack>
      );
    case 'infusing':
      return (
        <Stack gap="sm">
          <Text>
            Infusing since {formatTime(progress.startedAt)}, lot {progress.lotNumber}. Take the rate
            steps in the titration plan below.
          </Text>
          <EndInfusionToggle visit={visit} record={record} />
        </Stack>
      );
    case 'observing':
      return progress.observationEndedAt ? (
        <Stack gap="sm">
          <Text>Observation ended at {formatTime(progress.observationEndedAt)}.</Text>
          <LocationButton kind="departed" label="Check out" record={record} />
        </Stack>
      ) : (
        <ObservationPanel
          endedAt={progress.endedAt ?? new Date(now).toISOString()}
          observationMinutes={visit.observationMinutes}
          now={now}
          record={record}
        />
      );
    case 'departed':
      return (
        <Stack gap="sm">
          <Text>Checked out at {formatTime(progress.departedAt)}. Sign the note.</Text>
          <SignForm record={record} />
        </Stack>
      );
    case 'signed':
      return (
        <Stack gap="sm">
          <Text>The note was signed at {formatTime(progress.signedAt)} and is locked.</Text>
          <AddendumForm record={record} />
        </Stack>
      );
    case 'missed':
      return (
        <Stack gap="sm">
          <Text>The visit was recorded as missed.</Text>
          <AddendumForm record={record} />
        </Stack>
      );
  }
}

function EndInfusionToggle({ visit, record }: { visit: VisitView; record: RecordUpdates }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <>
      <Button
        size="md"
        variant="default"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls="end-infusion"
      >
        {opened ? 'Hide the end of the infusion' : 'The infusion is finished…'}
      </Button>
      <Collapse expanded={opened} id="end-infusion">
        <EndInfusionForm visit={visit} record={record} />
      </Collapse>
    </>
  );
}

function MissedSection({ record }: { record: RecordUpdates }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Paper withBorder p="md" component="section" aria-label="Visit cannot take place">
      <Stack gap="sm">
        <Button
          variant="default"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="missed-visit"
        >
          The visit cannot take place…
        </Button>
        <Collapse expanded={opened} id="missed-visit">
          <MissedForm record={record} />
        </Collapse>
      </Stack>
    </Paper>
  );
}

function LastVitals({ progress }: { progress: VisitProgress }) {
  const last = progress.vitals.at(-1);
  if (!last) return <Text size="sm">No vitals yet.</Text>;
  return (
    <Text size="sm">
      Last at {formatTime(last.at)}: BP {last.bloodPressure.systolic}/{last.bloodPressure.diastolic}{' '}
      mmHg, pulse {last.pulse}/min, {last.temperatureC} °C, resp. {last.respirationRate}/min, SpO₂{' '}
      {last.spo2}%{last.weightKg === undefined ? '' : `, ${last.weightKg} kg`} (
      {progress.vitals.length} set
      {progress.vitals.length === 1 ? '' : 's'} today)
    </Text>
  );
}

function LotsSection({ visit, lotInUse }: { visit: VisitView; lotInUse: string | undefined }) {
  const today = todayInPharmacy();
  return (
    <Section title="Lots">
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {visit.lots.map((lot) => {
          const expired = lot.effectiveExpiresOn < today;
          return (
            <li key={lot.lotNumber}>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  {lot.lotNumber} · {lot.vials} × {lot.vialGrams} g · expires{' '}
                  {formatDate(lot.effectiveExpiresOn)}
                </Text>
                <StatusTag
                  color={
                    !lot.usable || expired ? 'red' : lot.lotNumber === lotInUse ? 'violet' : 'green'
                  }
                >
                  {!lot.usable
                    ? 'Not usable'
                    : expired
                      ? 'Expired'
                      : lot.lotNumber === lotInUse
                        ? 'Hung first'
                        : 'Usable'}
                </StatusTag>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Section>
  );
}
