import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import serviceGenerator from './generator';

// formatFiles imports Prettier, an ES module, which Jest's CommonJS runtime cannot load: these
// tests check what the generator writes, `npx nx g` runs Prettier over it.
process.env['NX_SKIP_FORMAT'] = 'true';

const WORKSPACE_ROOT = join(__dirname, '../../../..');
const REGISTRIES = ['libs/contracts/src/topics.ts', 'eslint.config.mjs', 'docs/architecture.md'];

/** Where the workspace lists its services, as it does today, and its first app. */
const EXCERPTS: Record<string, string> = {
  'libs/contracts/src/topics.ts': `/** The deployables that own data and publish events (apps/). */
export type ServiceName =
  'referrals' | 'prior-auth' | 'pharmacy' | 'nursing' | 'workers' | 'payer-sandbox';
`,
  'eslint.config.mjs': `const SERVICES = ['referrals', 'prior-auth', 'pharmacy', 'nursing', 'workers', 'payer-sandbox'];
`,
  'docs/architecture.md': `## Services (apps/)

| app             | owns (schema)                | produces events (topic) | consumes    |
| --------------- | ---------------------------- | ----------------------- | ----------- |
| \`referrals\`     | referrals (\`referrals\`)      | \`referrals.referral.v1\` | every topic |
| \`pharmacy\`      | dispense orders (\`pharmacy\`) | \`pharmacy.dispense.v1\`  | referrals   |
| \`payer-sandbox\` | a stand-in payer             | —                       | —           |

## Ports (defaults, all overridable)

referrals 3001 · prior-auth 3002 · pharmacy 3003 · nursing 3004 · workers 3005 ·
payer-sandbox 3010 · Kafka 127.0.0.1:9092 · PostgreSQL 127.0.0.1:5432 · Redis 127.0.0.1:6379
`,
  'apps/referrals/src/referrals.service.ts': `export const referralsService = defineService({
  name: 'referrals',
  defaultPort: 3001,
});
`,
};

function workspace(files: Record<string, string> = EXCERPTS): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const [path, content] of Object.entries(files)) tree.write(path, content);
  return tree;
}

function fromDisk(path: string): string {
  return readFileSync(join(WORKSPACE_ROOT, path), 'utf-8');
}

function text(tree: Tree, path: string): string {
  return tree.read(path, 'utf-8') ?? '';
}

/** The `Ports` paragraph of the architecture document, on one line. */
function portsLine(tree: Tree): string {
  const [, section = ''] = text(tree, 'docs/architecture.md').split(/## Ports.*\n/);
  return section.trim().split('\n').join(' ');
}

describe('service generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = workspace();
  });

  it('scaffolds a service in the house shape', async () => {
    await serviceGenerator(tree, { name: 'care-plans' });

    const root = 'apps/care-plans';
    const migrations = tree.children(`${root}/src/migrations`);
    expect(migrations).toEqual([
      'care-plans-migrations.ts',
      expect.stringMatching(/^\d{13}-create-tracked-referrals\.ts$/),
    ]);
    for (const file of [
      'package.json',
      'project.json',
      'tsconfig.json',
      'tsconfig.spec.json',
      'jest.config.js',
      'src/main.ts',
      'src/care-plans.service.ts',
      'src/care-plans.module.ts',
      'src/care-plans-settings.config.ts',
      'src/persistence/tracked-referral.orm-entity.ts',
      'src/persistence/tracked-referral.repository.ts',
      'src/track-referral/tracked-referral.ts',
      'src/track-referral/tracked-referral.spec.ts',
      'src/track-referral/track-referral.use-case.ts',
      'src/track-referral/tracked-referral.controller.ts',
      'src/events/referral-events.consumer.ts',
      'test/care-plans.e2e-spec.ts',
    ])
      expect(tree.exists(`${root}/${file}`)).toBe(true);

    expect(readJson(tree, `${root}/project.json`)).toMatchObject({
      name: 'care-plans',
      projectType: 'application',
      tags: ['type:app', 'scope:care-plans'],
      targets: (JSON.parse(fromDisk('apps/referrals/project.json')) as { targets: object }).targets,
    });
    expect(readJson(tree, `${root}/package.json`)).toMatchObject({ name: '@infuse/care-plans' });
    expect(text(tree, `${root}/src/care-plans.service.ts`)).toContain(
      [
        `  name: 'care-plans',`,
        `  title: 'Infuse care-plans API',`,
        `  portVariable: 'CARE_PLANS_PORT',`,
        `  defaultPort: 3006,`,
        `  schema: 'care_plans',`,
      ].join('\n'),
    );
    expect(text(tree, `${root}/src/care-plans.module.ts`)).toContain(
      'CoreModule.forService(carePlansService, {',
    );
    expect(text(tree, `${root}/src/care-plans-settings.config.ts`)).toContain(
      `defineConfigSection(\n  'care-plans',`,
    );
    expect(text(tree, `${root}/src/events/referral-events.consumer.ts`)).toContain(
      `systemActor('care-plans')`,
    );
  });

  it('lists the service in ServiceName, the module-boundary scopes and the architecture document', async () => {
    await serviceGenerator(tree, { name: 'care-plans' });

    expect(text(tree, 'libs/contracts/src/topics.ts')).toContain(
      `export type ServiceName = 'referrals' | 'prior-auth' | 'pharmacy' | 'nursing' | 'workers' | 'payer-sandbox' | 'care-plans';`,
    );
    expect(text(tree, 'eslint.config.mjs')).toContain(
      `const SERVICES = ['referrals', 'prior-auth', 'pharmacy', 'nursing', 'workers', 'payer-sandbox', 'care-plans'];`,
    );
    expect(text(tree, 'docs/architecture.md')).toContain(
      [
        '| `payer-sandbox` | a stand-in payer             | —                       | —           |',
        '| `care-plans` | tracked referrals (`care_plans`) | — | referrals (accepted) |',
        '',
      ].join('\n'),
    );
    expect(portsLine(tree)).toBe(
      'referrals 3001 · prior-auth 3002 · pharmacy 3003 · nursing 3004 · workers 3005 · care-plans 3006 · ' +
        'payer-sandbox 3010 · Kafka 127.0.0.1:9092 · PostgreSQL 127.0.0.1:5432 · Redis 127.0.0.1:6379',
    );
  });

  it("finds those places in this workspace's own files", async () => {
    tree = workspace(Object.fromEntries(REGISTRIES.map((path) => [path, fromDisk(path)])));

    await serviceGenerator(tree, { name: 'care-plans' });

    for (const path of REGISTRIES) {
      expect(text(tree, path)).not.toEqual(fromDisk(path));
      expect(text(tree, path)).toContain('care-plans');
    }
  });

  it('gives a service the architecture document plans for its documented port, and lists it nowhere twice', async () => {
    const before = REGISTRIES.map((path) => text(tree, path));

    await serviceGenerator(tree, { name: 'pharmacy' });

    expect(text(tree, 'apps/pharmacy/src/pharmacy.service.ts')).toContain('defaultPort: 3003,');
    expect(REGISTRIES.map((path) => text(tree, path))).toEqual(before);
  });

  it('takes the port it is given, unless another service has it', async () => {
    await serviceGenerator(tree, { name: 'care-plans', port: 3020 });
    expect(text(tree, 'apps/care-plans/src/care-plans.service.ts')).toContain('defaultPort: 3020,');
    expect(portsLine(tree)).toContain('payer-sandbox 3010 · care-plans 3020 · Kafka');

    await expect(serviceGenerator(tree, { name: 'home-visits', port: 3010 })).rejects.toThrow(
      "Port 3010 is payer-sandbox's",
    );
  });

  it('refuses an app that exists', async () => {
    await serviceGenerator(tree, { name: 'care-plans' });
    await expect(serviceGenerator(tree, { name: 'care-plans' })).rejects.toThrow(
      'apps/care-plans already exists.',
    );
  });

  it('refuses the name of another project', async () => {
    tree.write('libs/platform/project.json', JSON.stringify({ name: 'platform' }));
    await expect(serviceGenerator(tree, { name: 'platform' })).rejects.toThrow(
      'A project named platform already exists.',
    );
  });

  it.each(['CarePlans', 'care_plans', 'care-plans-2', '-care', 'care--plans'])(
    'refuses %s, which is not lower-case words joined by hyphens',
    async (name) => {
      await expect(serviceGenerator(tree, { name })).rejects.toThrow('is not a service name');
      expect(tree.exists(`apps/${name}`)).toBe(false);
    },
  );
});
