import lockfile from 'proper-lockfile';

/** How long a lock outlives the process that held it when that process was killed without a chance to let go. */
const STALE_AFTER_MS = 20_000;

export class DataDirInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another Samverka process (a hub or a CLI command). ` +
        'Two processes on one PGlite directory corrupt it, so this one stops. Stop the other process first, ' +
        'or set SAMVERKA_DATA_DIR to another directory. If no other process runs, its lock ' +
        `(${dataDir}.lock) lapses ${STALE_AFTER_MS / 1000} seconds after it ended.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Claims a PGlite data directory for this process: PGlite has no lock of its own across processes. The lock is a
 * directory beside it, kept fresh while the process runs and released when it exits; one left by a killed process
 * goes stale and is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    // When another process takes the lock over (this one stalled past the stale time), the library throws rather
    // than let two processes write: that default is kept on purpose.
    return await lockfile.lock(dataDir, { realpath: false, stale: STALE_AFTER_MS });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirInUseError(dataDir);
    throw error;
  }
}
