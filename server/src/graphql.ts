import { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { Database } from '@samverka/db/database';
import type { FeedImporter } from '@samverka/db/feed-runs';
import type { LoginLimiter } from '@samverka/schema/auth/login-limiter';
import { resolveViewer } from '@samverka/schema/auth/viewer';
import type { Context } from '@samverka/schema/context';
import { ErrorCode } from '@samverka/schema/errors';
import { schema } from '@samverka/schema/index';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Kysely } from 'kysely';
import { httpCachePlugin } from './http-cache.js';
import { queryLimitsPlugin } from './query-limits-plugin.js';

// Codes of failures the caller caused and can act on: their messages are shown as they are.
const EXPECTED_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/** Mounts Apollo Server at /graphql for GET and POST. */
export async function registerGraphql(
  app: FastifyInstance,
  db: Kysely<Database>,
  loginLimiter: LoginLimiter,
  publicUrl: string,
  feedImporter: FeedImporter,
): Promise<void> {
  const apollo = new ApolloServer<Context>({
    schema,
    logger: app.log,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // close-with-grace in main.ts owns SIGTERM/SIGINT; the drain plugin stops Apollo with Fastify.
    stopOnTerminationSignals: false,
    plugins: [
      fastifyApolloDrainPlugin(app),
      // The explorer is Altair, served from our own files; Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Cache headers come from our own rule for public GETs, not from per-field hints.
      ApolloServerPluginCacheControlDisabled(),
      httpCachePlugin,
      queryLimitsPlugin,
    ],
    formatError: (formatted, error) => maskUnexpected(app, formatted, error),
  });
  await apollo.start();
  const handler = fastifyApolloHandler(apollo, {
    context: async (request): Promise<Context> => ({
      db,
      viewer: await resolveViewer(db, request.headers.authorization),
      clientAddress: request.ip,
      loginLimiter,
      publicUrl,
      feedImporter,
    }),
  });
  app.route({
    url: '/graphql',
    method: ['GET', 'POST'],
    // Apollo refuses mutations over GET, and nothing here rides on cookies, so a GET cannot be a
    // forged write: it is marked as preflight-safe so widgets and CDNs can use plain, cacheable GETs.
    // POSTs keep Apollo's CSRF check in full.
    onRequest: async (request) => {
      if (request.method === 'GET') request.headers['apollo-require-preflight'] = 'true';
    },
    handler,
  });
}

/** Expected failures keep their message; anything else is logged and shown as a bare internal error. */
function maskUnexpected(app: FastifyInstance, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && EXPECTED_CODES.has(code)) return formatted;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  app.log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return {
    message: 'Internal server error. It has been logged; please try again later.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
