// Mantine's default shades (blue.6, red.6, gray descriptions) fall short of WCAG AA contrast with
// white or on white; the nurse's screens, read in daylight, use these darker ones.

/** Filled action buttons. */
export const ACTION_COLOR = 'blue.8';
/** The reaction button and other red actions. */
export const DANGER_COLOR = 'red.9';
/** A field's description under its label. */
export const DESCRIPTION_PROPS = { c: 'gray.7' } as const;
