import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status in words on a tinted ground: the words carry the meaning, the tint helps the eye,
 * and the text stays dark enough to read in daylight (WCAG AA contrast).
 */
export function StatusTag({
  color,
  children,
  size,
}: {
  color: string;
  children: ReactNode;
  size?: BadgeProps['size'];
}) {
  return (
    <Badge
      variant="light"
      color={color}
      c="var(--mantine-color-black)"
      size={size}
      style={{ flexShrink: 0 }}
    >
      {children}
    </Badge>
  );
}
