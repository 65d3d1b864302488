// npm run -s token -- --role pharmacist --sub ph-1 [--payer acme-health]
// Prints a signed development token and nothing else.
import { parseArgs } from 'node:util';
import { buildWorkspace } from './lib/build.mjs';
import { developmentToken } from './lib/development-tokens.mjs';

const ROLES = [
  'intake_coordinator',
  'pharmacist',
  'nurse',
  'payer',
  'admin',
  'service',
  'provider',
];

try {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, sub: { type: 'string' }, payer: { type: 'string' } },
    strict: true,
  });
  if (!ROLES.includes(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (!values.sub) throw new Error('--sub is required');
  if (values.role === 'payer' && !values.payer)
    throw new Error('--payer is required for the payer role');
  buildWorkspace();
  process.stdout.write(
    `${await developmentToken({ role: values.role, subject: values.sub, payerId: values.payer })}\n`,
  );
} catch (error) {
  console.error(`token: ${error.message}`);
  process.exitCode = 2;
}
