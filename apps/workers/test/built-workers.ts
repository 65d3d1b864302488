import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TestHttpClient } from '@infuse/testing';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * The workers app compiled by tsc and run by Node as `npm start` runs it, for what Jest cannot
 * load in its own process (the dashboard's static-file plugin is an ES module).
 */
export class BuiltWorkers {
  private constructor(
    private readonly child: ChildProcess,
    readonly http: TestHttpClient,
  ) {}

  static async start(env: Record<string, string>): Promise<BuiltWorkers> {
    const build = spawnSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'apps/workers/tsconfig.build.json')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
    const child = spawn(
      process.execPath,
      [
        '-r',
        join(ROOT, 'infra/runtime/register-paths.js'),
        join(ROOT, 'dist/apps/workers/src/main.js'),
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, WORKERS_PORT: '0' },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      },
    );
    let stderr = '';
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)),
    );
    const url = await new Promise<string>((resolve, reject) => {
      child.on('message', (message: { listening?: string }) => {
        if (typeof message.listening === 'string') resolve(message.listening);
      });
      child.once('exit', (code) => reject(new Error(`workers exited with ${code}: ${stderr}`)));
    });
    return new BuiltWorkers(child, new TestHttpClient(url));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
