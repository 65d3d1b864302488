import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Finding } from './dispenses.api';
import { SEVERITY_WORDS } from './dispense-words';

/** One finding: its severity in words, what it says, its code and sources; `children` below. */
export function FindingItem({ finding, children }: { finding: Finding; children?: ReactNode }) {
  const severity = SEVERITY_WORDS[finding.severity];
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      style={{ borderLeft: `4px solid var(--mantine-color-${severity.color}-6)` }}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={severity.color} variant="dot" tt="none" style={{ flexShrink: 0 }}>
            {severity.label}
          </Badge>
          <Text size="sm">{finding.message}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {finding.code}
          {finding.sources.length > 0 ? ` · sources ${finding.sources.join(', ')}` : ''}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}
