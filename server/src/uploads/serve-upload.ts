import type { Database } from '@samverka/db/database';
import { findUpload } from '@samverka/db/uploads';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { UploadError } from './errors.js';
import type { UploadStore } from './upload-store.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(jpg|png|webp|gif|avif)$/;

/** An upload never changes under its address, so it may be cached for a year by anyone. */
const HEADERS = {
  'cache-control': 'public, max-age=31536000, immutable',
  'x-content-type-options': 'nosniff',
  // Opened on its own, the image is all there is: nothing to run, nothing to load.
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  // Widgets on municipalities' sites show these images.
  'cross-origin-resource-policy': 'cross-origin',
};

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** GET /uploads/{id}.{ext}: the bytes with the type sniffed on upload; 304 for a cached copy. */
export async function serveUpload(
  db: Kysely<Database>,
  store: UploadStore,
  request: FastifyRequest<{ Params: { file: string } }>,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const match = FILE.exec(request.params.file);
  const upload = match?.[1] ? await findUpload(db, match[1]) : undefined;
  if (!upload || upload.extension !== match?.[2]) {
    throw new UploadError(404, 'NOT_FOUND', 'There is no upload at this address.');
  }
  const etag = `"${upload.sha256}"`;
  reply.headers({ ...HEADERS, etag });
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  const content = await store.open(upload);
  if (!content) throw new UploadError(404, 'NOT_FOUND', 'This upload’s file is missing from the upload directory.');
  return reply
    .headers({
      'content-type': upload.media_type,
      'content-length': upload.byte_size,
      'content-disposition': `inline; filename="${upload.id}.${upload.extension}"`,
    })
    .send(content);
}
