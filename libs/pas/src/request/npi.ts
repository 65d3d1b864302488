// The check-digit rule is the contracts' own: every service validates NPIs the same way.
export { isValidNpi } from '@infuse/contracts';
