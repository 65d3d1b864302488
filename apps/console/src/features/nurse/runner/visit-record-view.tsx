import { Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDateTime, formatTime } from '../../../ui/time';
import type { VisitRecord } from '../visits.api';
import {
  GRADE_WORDS,
  REACTION_ACTION_WORDS,
  UPDATE_WORDS,
  VISIT_STATUS_WORDS,
  formatRate,
} from '../words';

/**
 * The visit's record as the service has it, rebuilt from every update it stored: what the
 * pharmacist and the next shift will read. Updates still on the device are not in it yet.
 */
export function VisitRecordView({
  record,
  readAt,
  onRefresh,
  refreshing,
  waiting,
}: {
  record: VisitRecord;
  readAt: number;
  onRefresh: () => void;
  refreshing: boolean;
  waiting: number;
}) {
  const infusion = record.infusion;
  const facts = (
    [
      ['Stage', VISIT_STATUS_WORDS[record.progress].label],
      ['On the way', record.enRouteAt && formatTime(record.enRouteAt)],
      ['Checked in', record.arrived && formatTime(record.arrived.at)],
      [
        'Infusion started',
        infusion && `${formatTime(infusion.startedAt)}, lot ${infusion.lotNumber}`,
      ],
      [
        'Infusion ended',
        infusion?.endedAt &&
          `${formatTime(infusion.endedAt)}, ${infusion.volumeMl ?? '—'} mL${infusion.partial ? ' (partial)' : ''}`,
      ],
      ['Observation ended', record.observationEndedAt && formatTime(record.observationEndedAt)],
      ['Checked out', record.departed && formatTime(record.departed.at)],
      ['Signed', record.signed && `${formatDateTime(record.signed.at)} by ${record.signed.by}`],
      ['Missed', record.missed && `${formatDateTime(record.missed.at)}: ${record.missed.reason}`],
    ] satisfies [string, string | undefined][]
  ).filter((fact): fact is [string, string] => fact[1] !== undefined);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id="record-title">
            Record on the server
          </Title>
          <Button size="sm" variant="light" onClick={onRefresh} loading={refreshing}>
            Refresh
          </Button>
        </Group>
        <Text size="sm" c="gray.7">
          As read at {formatTime(new Date(readAt).toISOString())}
          {waiting > 0
            ? `; ${waiting} update${waiting === 1 ? '' : 's'} on this device not in it yet`
            : ''}
          .
        </Text>
        <Table aria-label="Visit record" variant="vertical" withTableBorder>
          <Table.Tbody>
            {facts.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={150}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {infusion && infusion.rates.length > 0 && (
          <Table aria-label="Rates" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {infusion.rates.map((rate) => (
                <Table.Tr key={rate.at}>
                  <Table.Td>{formatTime(rate.at)}</Table.Td>
                  <Table.Td>{formatRate(rate.mlPerHour)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {record.vitals.length > 0 && (
          <div>
            <Text fw={600}>Vitals</Text>
            <List size="sm" aria-label="Vitals on record">
              {record.vitals.map((vitals) => (
                <List.Item key={vitals.at}>
                  {formatTime(vitals.at)}: BP {vitals.bloodPressure.systolic}/
                  {vitals.bloodPressure.diastolic} mmHg, pulse {vitals.pulse}/min,{' '}
                  {vitals.temperatureC} °C, resp. {vitals.respirationRate}/min, SpO₂ {vitals.spo2}%
                  {vitals.weightKg === undefined ? '' : `, ${vitals.weightKg} kg`}
                  {vitals.weightFlag
                    ? ` (${vitals.weightFlag.differencePercent > 0 ? '+' : ''}${vitals.weightFlag.differencePercent}% from the dosing weight of ${vitals.weightFlag.dosingWeightKg} kg)`
                    : ''}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {record.premedications.length > 0 && (
          <div>
            <Text fw={600}>Pre-medication</Text>
            <List size="sm">
              {record.premedications.map((premedication) => (
                <List.Item key={`${premedication.at}-${premedication.medication}`}>
                  {formatTime(premedication.at)}: {premedication.medication} {premedication.dose}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {record.reactions.length > 0 && (
          <div>
            <Text fw={600}>Reactions</Text>
            <List size="sm">
              {record.reactions.map((reaction) => (
                <List.Item key={reaction.clientUpdateId}>
                  {formatTime(reaction.at)}:{' '}
                  {GRADE_WORDS[reaction.grade as 1 | 2 | 3 | 4] ?? `Grade ${reaction.grade}`},{' '}
                  {reaction.symptoms.join(', ')};{' '}
                  {REACTION_ACTION_WORDS[reaction.action].toLowerCase()}
                  {reaction.mlPerHour === undefined
                    ? ''
                    : ` (was at ${formatRate(reaction.mlPerHour)})`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {infusion?.lots && (
          <div>
            <Text fw={600}>Lots used</Text>
            <List size="sm">
              {infusion.lots.map((lot) => (
                <List.Item key={lot.lotNumber}>
                  {lot.lotNumber}: {lot.vialsUsed} used, {lot.vialsReturned} returned,{' '}
                  {lot.vialsWasted} wasted
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {record.addenda.length > 0 && (
          <div>
            <Text fw={600}>Addenda</Text>
            <List size="sm">
              {record.addenda.map((addendum) => (
                <List.Item key={addendum.clientUpdateId}>
                  {formatDateTime(addendum.at)}: {addendum.text}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {record.refused.length > 0 && (
          <div>
            <Text fw={600}>Refused updates</Text>
            <List size="sm">
              {record.refused.map((refused) => (
                <List.Item key={refused.clientUpdateId}>
                  {formatTime(refused.at)} {UPDATE_WORDS[refused.type]}: {refused.message}
                  {refused.allowedMlPerHour === undefined
                    ? ''
                    : ` Allowed: ${formatRate(refused.allowedMlPerHour)}.`}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
