import { STATUS_CODES } from 'node:http';

export function titleOf(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}
