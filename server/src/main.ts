import { DataDirInUseError } from '@samverka/db/data-dir-lock';
import { LoginLimiter } from '@samverka/schema/auth/login-limiter';
import closeWithGrace from 'close-with-grace';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { prepareDatabase } from './database.js';

const config = readConfig();
const logger = pino({ level: config.logLevel });
const database = await prepareDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  seedDemo: config.seedDemo,
  log: (message, details) => logger.info(details ?? {}, message),
  onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection failed; it will be replaced'),
}).catch((error: unknown) => {
  // Said as one sentence, not a stack trace: it is the person starting the hub who must act.
  if (!(error instanceof DataDirInUseError)) throw error;
  logger.fatal(error.message);
  process.exit(1);
});
const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false }) : undefined;
redis?.on('error', (error) =>
  logger.warn({ err: error }, 'Redis is unreachable; login limits count per process until it is back'),
);
const app = await buildApp({
  db: database.db,
  logger,
  trustProxy: config.trustProxy,
  loginLimiter: new LoginLimiter(redis),
  publicUrl: config.publicUrl,
  feedPollIntervalMs: config.feedPollIntervalSeconds * 1000,
  feedAllowedAddresses: config.feedAllowedAddresses,
  uploads: { directory: config.uploadDir, maxBytes: config.uploadMaxBytes },
});

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  await redis?.quit();
});

await app.listen({ port: config.port, host: config.host });
app.log.info(`Samverka is up: GraphQL at http://${config.host}:${config.port}/graphql, explorer at /explorer`);
