import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { UploadExtension, UploadMediaType, UploadStorage } from './tables/uploads.js';

/** An upload's facts, without its bytes. */
export interface Upload {
  id: string;
  federation_id: string;
  uploaded_by: string;
  created_at: Date;
  media_type: UploadMediaType;
  extension: UploadExtension;
  byte_size: number;
  width: number;
  height: number;
  sha256: string;
  storage: UploadStorage;
}

const uploadColumns = [
  'id',
  'federation_id',
  'uploaded_by',
  'created_at',
  'media_type',
  'extension',
  'byte_size',
  'width',
  'height',
  'sha256',
  'storage',
] as const;

export interface NewUpload {
  /** Chosen by the caller when the bytes go to a file named by it before the row exists. */
  id?: string;
  federationId: string;
  uploadedBy: string;
  mediaType: UploadMediaType;
  extension: UploadExtension;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
  /** The bytes to keep in the database; null when they are kept in the upload directory. */
  content: Buffer | null;
}

export async function insertUpload(db: Kysely<Database>, upload: NewUpload): Promise<Upload> {
  return db
    .insertInto('uploads')
    .values({
      ...(upload.id ? { id: upload.id } : {}),
      federation_id: upload.federationId,
      uploaded_by: upload.uploadedBy,
      media_type: upload.mediaType,
      extension: upload.extension,
      byte_size: upload.byteSize,
      width: upload.width,
      height: upload.height,
      sha256: upload.sha256,
      storage: upload.content ? 'database' : 'directory',
      content: upload.content,
    })
    .returning(uploadColumns)
    .executeTakeFirstOrThrow();
}

export async function findUpload(db: Kysely<Database>, id: string): Promise<Upload | undefined> {
  return db.selectFrom('uploads').select(uploadColumns).where('id', '=', id).executeTakeFirst();
}

/** The bytes of an upload kept in the database. */
export async function findUploadContent(db: Kysely<Database>, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('uploads').select('content').where('id', '=', id).executeTakeFirst();
  return row?.content ?? undefined;
}
