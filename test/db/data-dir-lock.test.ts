import { spawn } from 'node:child_process';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '@samverka/db/connection';
import { DataDirInUseError } from '@samverka/db/data-dir-lock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** Runs the hub's CLI on a data directory and returns its exit code and what it wrote to stderr. */
function runCli(dataDir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server/dist/cli.js', ...args], {
      env: { ...process.env, SAMVERKA_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A process that takes the lock and is then killed outright, with no chance to release it. */
async function killWhileLocked(dataDir: string): Promise<void> {
  const lockModule = pathToFileURL(resolve('db/dist/data-dir-lock.js')).href;
  const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
    await lockDataDir(process.argv[1]); console.log('locked'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((locked) => child.stdout.once('data', () => locked()));
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}

// Two processes on one PGlite directory corrupt it: the second must be refused before it opens anything.
describe.skipIf(Boolean(process.env.DATABASE_URL))('the embedded database’s directory lock', () => {
  let root: string;
  let dataDir: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'samverka-lock-'));
    dataDir = join(root, 'pglite');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a second opening with a message that says what to do, and allows it once the first has closed', async () => {
    const first = await openDatabase({ dataDir });
    try {
      const second = openDatabase({ dataDir });
      await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(second).rejects.toThrow(/in use by another Samverka process.*SAMVERKA_DATA_DIR/s);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir });
    await again.close();
  });

  it('refuses another process, which exits non-zero naming the directory', async () => {
    const hub = await openDatabase({ dataDir });
    try {
      const { code, stderr } = await runCli(dataDir, ['import-feeds']);
      expect(code).not.toBe(0);
      expect(stderr).toContain(`The embedded database in ${dataDir} is in use`);
    } finally {
      await hub.close();
    }
  });

  it('takes over a lock left behind by a process that was killed', async () => {
    await killWhileLocked(dataDir);
    // A killed process stops refreshing its lock; after the stale time its modification time is this old.
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(`${dataDir}.lock`, longAgo, longAgo);
    const next = await openDatabase({ dataDir });
    await next.close();
  });
});
