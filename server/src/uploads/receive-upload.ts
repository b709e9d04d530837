import type { Database } from '@samverka/db/database';
import { findFederationBySlug } from '@samverka/db/federations';
import { resolveViewer, type Viewer } from '@samverka/schema/auth/viewer';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { UploadError } from './errors.js';
import { sniffImage } from './image-type.js';
import type { UploadStore } from './upload-store.js';

export interface ReceiveOptions {
  db: Kysely<Database>;
  store: UploadStore;
  publicUrl: string;
  maxBytes: number;
}

/** How a request must look, for answers to one that does not. */
export const HOW =
  'Send multipart/form-data with the image in a field named "file" and the federation’s slug in "federation".';

/** What a 413 says, so the newsroom can tell the person the limit before they try again. */
export function tooLarge(maxBytes: number): UploadError {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new UploadError(413, 'UPLOAD_TOO_LARGE', `The image is larger than the limit of ${megabytes} MB.`, {
    limitBytes: maxBytes,
  });
}

async function uploader(db: Kysely<Database>, authorization: string | undefined): Promise<Viewer> {
  let viewer: Viewer | null;
  try {
    viewer = await resolveViewer(db, authorization);
  } catch (error) {
    if (error instanceof GraphQLError) throw new UploadError(401, 'UNAUTHENTICATED', error.message);
    throw error;
  }
  if (!viewer) throw new UploadError(401, 'UNAUTHENTICATED', 'Log in first: uploading needs a bearer token.');
  return viewer;
}

/** The image and the federation slug from the form; the image is read whole, within the size limit. */
async function readForm(request: FastifyRequest): Promise<{ bytes: Buffer; federation: string }> {
  if (!request.isMultipart()) throw new UploadError(415, 'UNSUPPORTED_MEDIA_TYPE', HOW);
  let bytes: Buffer | undefined;
  let federation: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file' && part.fieldname === 'file') bytes = await part.toBuffer();
    else if (part.type === 'file') await part.toBuffer();
    else if (part.fieldname === 'federation') federation = String(part.value).trim();
  }
  if (!federation) throw new UploadError(400, 'BAD_USER_INPUT', `The field "federation" is missing. ${HOW}`);
  if (!bytes || bytes.length === 0) throw new UploadError(400, 'BAD_USER_INPUT', `The field "file" is empty. ${HOW}`);
  return { bytes, federation };
}

/** POST /uploads: checks who asks and what they send, stores it, answers with its address and facts. */
export async function receiveUpload(
  options: ReceiveOptions,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const viewer = await uploader(options.db, request.headers.authorization);
  // Refused before a byte is read when the client says up front that it is too much (form overhead allowed for).
  if (Number(request.headers['content-length'] ?? 0) > options.maxBytes + 64 * 1024) throw tooLarge(options.maxBytes);
  const { bytes, federation: slug } = await readForm(request);
  const federation = await findFederationBySlug(options.db, slug);
  if (!federation) throw new UploadError(404, 'NOT_FOUND', `There is no federation "${slug.slice(0, 100)}".`);
  if (!viewer.user.is_platform_admin && !viewer.roles.has(federation.id)) {
    throw new UploadError(403, 'FORBIDDEN', `You have no role in ${federation.slug}, so you cannot upload for it.`);
  }
  const facts = await sniffImage(bytes);
  const upload = await options.store.save(bytes, facts, { federationId: federation.id, userId: viewer.user.id });
  return reply
    .code(201)
    .header('cache-control', 'no-store')
    .send({
      id: upload.id,
      url: `${options.publicUrl}/uploads/${upload.id}.${upload.extension}`,
      width: upload.width,
      height: upload.height,
      type: upload.media_type,
      bytes: upload.byte_size,
    });
}
