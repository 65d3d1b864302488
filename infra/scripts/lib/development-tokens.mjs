import { requireBuilt } from './build.mjs';

/** Signs a development token with the same code and settings the services verify with. */
export async function developmentToken({ role, subject, payerId }, env = process.env) {
  const { signDevelopmentToken } = requireBuilt('@infuse/auth');
  const { authConfig, loadConfig } = requireBuilt('@infuse/config');
  // Development tokens are for development: the services npm start runs use the same default.
  const { auth } = loadConfig([authConfig], { NODE_ENV: 'development', ...env });
  return signDevelopmentToken({ role, subject, ...(payerId ? { payerId } : {}) }, auth);
}

/** One example user per role, for the start banner. */
export const EXAMPLE_USERS = [
  { role: 'intake_coordinator', subject: 'ic-1' },
  { role: 'pharmacist', subject: 'ph-1' },
  { role: 'nurse', subject: 'rn-1' },
  { role: 'payer', subject: 'rev-acme-1', payerId: 'acme-health' },
  { role: 'admin', subject: 'ad-1' },
  // A provider's system, for the payer sandbox's PAS endpoints (prior-auth signs its own).
  { role: 'provider', subject: 'infuse-prior-auth' },
];
