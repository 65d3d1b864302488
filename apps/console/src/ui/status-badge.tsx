import { Badge } from '@mantine/core';

/** A status in the user's words, with the colour that only repeats what the words say. */
export interface StatusWords {
  label: string;
  color: string;
}

/**
 * A status as a dot and its words, in the text colour. The words are never cut short: in a
 * narrow table column the badge wraps rather than ending in an ellipsis that hides the status.
 */
export function StatusBadge({ words }: { words: StatusWords }) {
  return (
    <Badge
      color={words.color}
      variant="dot"
      size="lg"
      tt="none"
      h="auto"
      miw="max-content"
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible', textOverflow: 'clip' } }}
    >
      {words.label}
    </Badge>
  );
}
