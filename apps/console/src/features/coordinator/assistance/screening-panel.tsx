import { List, Stack, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../ui/time';
import type { CaseView } from './assistance.api';
import { PROGRAMME_KIND_WORDS, VERDICT_WORDS } from './assistance-words';

/** Each programme's verdict with all its reasons and their sources, and the one chosen. */
export function ScreeningPanel({ screening }: { screening: NonNullable<CaseView['screening']> }) {
  return (
    <Stack gap="xs">
      <Text size="sm">
        Screened {formatDateTime(screening.screenedAt)}
        {screening.chosen
          ? `: enrolment uses ${screening.chosen.programmeId} (${PROGRAMME_KIND_WORDS[screening.chosen.kind].toLowerCase()}).`
          : '.'}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Programmes screened">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Programme</Table.Th>
              <Table.Th>Verdict</Table.Th>
              <Table.Th>Reasons</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {screening.programmes.map((programme) => (
              <Table.Tr key={programme.programmeId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {programme.programmeId}
                  </Text>
                  <Text size="xs">{PROGRAMME_KIND_WORDS[programme.kind]}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={programme.verdict === 'eligible' ? 700 : 400}>
                    {VERDICT_WORDS[programme.verdict]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {programme.reasons.length === 0 ? (
                    '—'
                  ) : (
                    <List size="sm">
                      {programme.reasons.map((reason) => (
                        <List.Item key={reason.code}>
                          {reason.text}
                          {reason.sources.length > 0 && (
                            <Text span size="xs">
                              {' '}
                              [{reason.sources.join('][')}]
                            </Text>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
