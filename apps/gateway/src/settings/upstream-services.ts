/**
 * The services the console reaches under `/api/<name>/`, with the variable that holds each one's
 * address and the default port of docs/architecture.md.
 */
export const UPSTREAM_SERVICES = [
  { name: 'referrals', variable: 'REFERRALS_URL', defaultUrl: 'http://127.0.0.1:3001' },
  { name: 'prior-auth', variable: 'PRIOR_AUTH_URL', defaultUrl: 'http://127.0.0.1:3002' },
  { name: 'pharmacy', variable: 'PHARMACY_URL', defaultUrl: 'http://127.0.0.1:3003' },
  { name: 'nursing', variable: 'NURSING_URL', defaultUrl: 'http://127.0.0.1:3004' },
  { name: 'workers', variable: 'WORKERS_URL', defaultUrl: 'http://127.0.0.1:3005' },
  { name: 'payer-sandbox', variable: 'PAYER_SANDBOX_URL', defaultUrl: 'http://127.0.0.1:3010' },
] as const;

export type UpstreamService = (typeof UPSTREAM_SERVICES)[number];
