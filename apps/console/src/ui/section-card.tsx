import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of a detail page (an <h3> under the page's <h2>), a landmark named by its title. */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}
