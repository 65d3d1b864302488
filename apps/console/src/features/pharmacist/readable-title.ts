/**
 * A yellow notice's title in the text colour: the theme's yellow on its light background is
 * too faint to read (axe colour-contrast); the background keeps the notice's colour.
 */
export const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } } as const;
