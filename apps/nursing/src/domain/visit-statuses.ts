import { type VisitStatus } from './visit';

export const VISIT_STATUSES = [
  'scheduled',
  'en_route',
  'arrived',
  'infusing',
  'observing',
  'departed',
  'signed',
  'missed',
  'cancelled',
] as const satisfies readonly VisitStatus[];
