import multipart from '@fastify/multipart';
import type { Database } from '@samverka/db/database';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { sendUploadError, UploadError } from './errors.js';
import { HOW, receiveUpload, tooLarge } from './receive-upload.js';
import { serveUpload } from './serve-upload.js';
import { UploadStore } from './upload-store.js';

export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

export interface UploadRouteOptions {
  db: Kysely<Database>;
  publicUrl: string;
  /** Where upload files go; undefined keeps them in PostgreSQL. */
  directory?: string | undefined;
  /** The largest image accepted, in bytes. */
  maxBytes?: number;
}

/** Form errors of @fastify/multipart, in words a person can act on. */
function formProblem(error: FastifyError, maxBytes: number): UploadError | undefined {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', HOW);
    case 'FST_FILES_LIMIT':
      return new UploadError(400, 'BAD_USER_INPUT', 'Send one image per request.');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new UploadError(400, 'BAD_USER_INPUT', 'Send only the fields "file" and "federation".');
    default:
      return undefined;
  }
}

/** Mounts POST /uploads (images for news) and GET /uploads/{id}.{ext}. */
export async function registerUploads(app: FastifyInstance, options: UploadRouteOptions): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_UPLOAD_MAX_BYTES;
  const store = new UploadStore(options.db, options.directory);
  await store.prepare();
  await app.register(async (uploads) => {
    // The form is streamed and its limits are busboy's, so the app's 1 MB JSON body limit does not apply here.
    await uploads.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 2, fieldSize: 1000, parts: 3 },
    });
    uploads.setErrorHandler((error: FastifyError, _request, reply) => {
      const problem = error instanceof UploadError ? error : formProblem(error, maxBytes);
      if (problem) return sendUploadError(reply, problem);
      throw error;
    });
    uploads.post('/uploads', (request, reply) =>
      receiveUpload({ db: options.db, store, publicUrl: options.publicUrl, maxBytes }, request, reply),
    );
    uploads.get<{ Params: { file: string } }>('/uploads/:file', (request, reply) =>
      serveUpload(options.db, store, request, reply),
    );
  });
}
