import type { ApolloServerPlugin } from '@apollo/server';

/** How long a CDN or browser may reuse a public answer before asking again (with its ETag). */
export const PUBLIC_MAX_AGE_SECONDS = 30;

/**
 * Anonymous queries over GET may be cached by browsers and CDNs for a short while, then revalidated
 * with If-None-Match (the ETag plugin answers 304). Anything else (POSTs, answers to requests with a
 * token, answers with errors) is not stored.
 */
export const httpCachePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        const body = response.body;
        const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0;
        // An answer to a request with a token may hold drafts or personal data: never for shared caches.
        const signedIn = Boolean(request.http?.headers.get('authorization'));
        const cacheable = request.http?.method === 'GET' && !failed && !signedIn;
        response.http.headers.set('vary', 'Authorization');
        response.http.headers.set(
          'cache-control',
          cacheable
            ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS * 2}`
            : 'no-store',
        );
      },
    };
  },
};
