import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Term and value pairs as a description list, e.g. Name · Born · Member id. */
export function FactList({
  facts,
  termWidth = 120,
}: {
  facts: [string, ReactNode][];
  termWidth?: number;
}) {
  return (
    <Stack gap={4} component="dl" m={0}>
      {facts.map(([term, value]) => (
        <div key={term} style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Text component="dt" fw={600} w={termWidth} size="sm">
            {term}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ flex: 1, minWidth: 160 }}>
            {value}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
