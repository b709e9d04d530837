import type { FastifyReply } from 'fastify';

export type UploadErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UPLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** An upload request the caller can correct; answered as JSON in the app's error shape. */
export class UploadError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 413 | 415,
    readonly code: UploadErrorCode,
    message: string,
    /** More for the client to act on, e.g. the size limit. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function sendUploadError(reply: FastifyReply, error: UploadError): FastifyReply {
  if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="samverka"');
  return reply
    .code(error.statusCode)
    .header('cache-control', 'no-store')
    .send({ error: error.message, code: error.code, ...error.details });
}
