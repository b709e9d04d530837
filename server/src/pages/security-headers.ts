import type { FastifyReply } from 'fastify';

/**
 * The pages hold no inline script or style, so their policy can be strict: scripts, styles and
 * API calls only from the hub itself (and its public address, when a proxy puts it elsewhere);
 * images, which cannot run, from any secure site.
 */
export function contentSecurityPolicy(publicUrl: string): string {
  const hub = new URL(publicUrl).origin;
  return [
    "default-src 'none'",
    `script-src 'self' ${hub}`,
    `style-src 'self' ${hub}`,
    `connect-src 'self' ${hub}`,
    // News images live on the federations' own sites.
    "img-src 'self' data: https:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sends an HTML page with its policy; pages change only with a deploy, so a short cache is safe. */
export function sendPage(reply: FastifyReply, publicUrl: string, html: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', contentSecurityPolicy(publicUrl))
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'strict-origin-when-cross-origin')
    .header('cache-control', 'public, max-age=60')
    .send(html);
}
