import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A list's table: named for screen readers, its headings, its rows (Table.Tr each), and a
 * horizontal scroll below `minWidth` so a narrow screen never squeezes the columns unreadable.
 */
export function ListTable({
  label,
  minWidth,
  headings,
  children,
}: {
  label: string;
  minWidth: number;
  headings: string[];
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headings.map((heading) => (
              <Table.Th key={heading}>{heading}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
