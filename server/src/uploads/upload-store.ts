import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordAudit } from '@samverka/db/audit-log';
import type { Database } from '@samverka/db/database';
import { findUploadContent, insertUpload, type Upload } from '@samverka/db/uploads';
import type { Kysely } from 'kysely';
import type { ImageFacts } from './image-type.js';

export interface StoredBy {
  federationId: string;
  userId: string;
}

/**
 * Keeps upload bytes in PostgreSQL, or in `directory` when one is configured; the row with its
 * facts is in the database either way, so every instance finds every upload.
 */
export class UploadStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** Where the files go (shared by every instance); undefined means the database. */
    private readonly directory: string | undefined,
  ) {}

  async prepare(): Promise<void> {
    if (this.directory) await mkdir(this.directory, { recursive: true });
  }

  /** Stores the bytes and their row, with its audit entry; nothing is left behind when any step fails. */
  async save(bytes: Buffer, facts: ImageFacts, by: StoredBy): Promise<Upload> {
    const id = randomUUID();
    const file = this.directory ? this.fileOf(id, facts.extension) : undefined;
    if (file) {
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const partial = `${file}.partial`;
      await writeFile(partial, bytes, { flag: 'wx' });
      await rename(partial, file);
    }
    try {
      return await this.db.transaction().execute(async (tx) => {
        const upload = await insertUpload(tx, {
          id,
          federationId: by.federationId,
          uploadedBy: by.userId,
          ...facts,
          byteSize: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          content: file ? null : bytes,
        });
        await recordAudit(tx, {
          actorId: by.userId,
          action: 'upload.created',
          subjectType: 'upload',
          subjectId: upload.id,
          federationId: by.federationId,
          details: { mediaType: facts.mediaType, bytes: bytes.length, width: facts.width, height: facts.height },
        });
        return upload;
      });
    } catch (error) {
      if (file) await rm(file, { force: true });
      throw error;
    }
  }

  /** The bytes of a stored upload, or undefined when they are gone. */
  async open(upload: Upload): Promise<Buffer | ReadStream | undefined> {
    if (upload.storage === 'database') return findUploadContent(this.db, upload.id);
    if (!this.directory) throw new Error(`Upload ${upload.id} is in a directory, but UPLOAD_DIR is not set.`);
    const file = this.fileOf(upload.id, upload.extension);
    const stream = createReadStream(file);
    // Opened before answering, so a missing file becomes a 404 instead of a broken 200.
    return new Promise((resolve, reject) => {
      stream.once('open', () => resolve(stream));
      stream.once('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ENOENT' ? resolve(undefined) : reject(error),
      );
    });
  }

  private fileOf(id: string, extension: string): string {
    return join(this.directory as string, `${id}.${extension}`);
  }
}
