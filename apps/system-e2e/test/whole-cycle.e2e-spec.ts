import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type ServiceName } from '@infuse/contracts';
import { TEST_JWT_SECRET } from '@infuse/testing';
import { type InfuseStack, startInfuseStack } from './support/infuse-stack';

// The whole cycle as `npm run demo` drives it over HTTP: every service as a process on the real
// PostgreSQL, Redis and broker, from a referral to the next cycle's order.

const SERVICES: ServiceName[] = [
  'referrals',
  'payer-sandbox',
  'prior-auth',
  'pharmacy',
  'nursing',
  'workers',
];
const DEMO = join(__dirname, '..', '..', '..', 'infra', 'demo', 'demo.mjs');

/** Runs the demo against the stack; its exit code and what it printed. */
function runDemo(stack: InfuseStack): Promise<{ code: number | null; output: string }> {
  // The demo signs its users' tokens with the secret the stack's services verify with.
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
  };
  for (const name of SERVICES)
    env[`DEMO_${name.toUpperCase().replace(/-/g, '_')}_URL`] = stack.urlOf(name);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [DEMO], { env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('the whole cycle, as npm run demo drives it', () => {
  let stack: InfuseStack;

  beforeAll(async () => {
    // The demo's nurse is a development nurse covering the example patient's home.
    stack = await startInfuseStack(SERVICES, {
      nursing: { NURSING_SEED_DEVELOPMENT_NURSES: 'true' },
    });
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('takes a referral through every user to its first dose given and the next order', async () => {
    const { code, output } = await runDemo(stack);
    if (code !== 0) console.log(output);
    expect(code).toBe(0);
    expect(output).toContain('referral accepted');
    expect(output).toMatch(/approved NWM-\d+: J1459/);
    expect(output).toMatch(/enrolled in \S+ \(foundation\)/);
    expect(output).toContain('first batch again: 6 already_applied');
    expect(output).toContain('cycle 2 ordered for');
    expect(output).toMatch(/Time to therapy: [\d.]+ days/);
  }, 180_000);
});
