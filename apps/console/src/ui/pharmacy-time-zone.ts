/**
 * Every time is shown in the pharmacy's time zone, whatever the device's: a nurse's tablet set
 * to another zone and a coordinator's desk must read the same clock. Set at build time.
 *
 * A module of its own because only Vite reads import.meta: Jest runs the console's specs as
 * CommonJS, so a spec that reaches this module replaces it (jest.mock) with the default zone.
 */
export const PHARMACY_TIME_ZONE: string =
  (import.meta.env.VITE_PHARMACY_TIME_ZONE as string | undefined) ?? 'America/New_York';
