import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_MAX_AGE_SECONDS } from '../http-cache.js';

const CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS * 2}`;

export interface CacheableBody {
  body: string;
  contentType: string;
  lastModified: Date;
}

/** Sends a feed or calendar that browsers, feed readers and CDNs may keep a short while, then revalidate. */
export function sendCacheable(reply: FastifyReply, answer: CacheableBody): FastifyReply {
  return reply
    .type(answer.contentType)
    .header('cache-control', CACHE_CONTROL)
    .header('last-modified', answer.lastModified.toUTCString())
    .send(answer.body);
}

/** RFC 9110 §13.1.3: when If-None-Match is present, If-Modified-Since is ignored (the ETag plugin answers it). */
function unchangedSince(request: FastifyRequest, lastModified: string): boolean {
  if (request.headers['if-none-match'] !== undefined) return false;
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  // Last-Modified has whole seconds, so a change later in its second compares as not newer: rare, and an ETag settles it.
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

/**
 * An onSend hook that answers If-Modified-Since with a 304. It runs after the app's ETag hook, so
 * the 304 still carries the ETag of the full answer.
 */
export async function answerIfModifiedSince(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  const lastModified = reply.getHeader('last-modified');
  if (reply.statusCode !== 200 || typeof lastModified !== 'string' || !unchangedSince(request, lastModified)) {
    return payload;
  }
  reply.code(304);
  return '';
}
