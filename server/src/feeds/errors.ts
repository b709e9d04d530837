import type { FastifyReply } from 'fastify';

/** A feed request the caller can correct: a bad query parameter (400) or an unknown slug (404). */
export class FeedRequestError extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
    message: string,
    /** The query parameter to fix, for a 400. */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export function badParameter(parameter: string, message: string): FeedRequestError {
  return new FeedRequestError(400, 'BAD_USER_INPUT', `Query parameter "${parameter}": ${message}`, parameter);
}

export function notFound(message: string): FeedRequestError {
  return new FeedRequestError(404, 'NOT_FOUND', message);
}

/** The same JSON shape as the app's other errors, plus the parameter to fix. */
export function sendFeedError(reply: FastifyReply, error: FeedRequestError): FastifyReply {
  return reply
    .code(error.statusCode)
    .header('cache-control', 'no-store')
    .send({ error: error.message, code: error.code, ...(error.parameter ? { parameter: error.parameter } : {}) });
}
