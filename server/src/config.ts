import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** A PostgreSQL connection string; absent means the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where PGlite keeps its files. */
  dataDir: string;
  /** Load the demo federations, news, courses and events at start. */
  seedDemo: boolean;
  logLevel: string;
  /** Take the client address from X-Forwarded-For: only behind a load balancer that sets it. */
  /**
   * Which proxies' X-Forwarded-For to believe for the client address: none (false), the nearest N
   * hops, or proxies at these addresses/CIDRs. Never "everyone": a client could then pick its address.
   */
  trustProxy: false | number | string[];
  /** Redis for state shared by every instance (login limits); absent means this process only. */
  redisUrl: string | undefined;
  /** Where readers reach the hub, without a trailing slash: the base of the links in feeds and calendars. */
  publicUrl: string;
  /** A directory for uploaded images (shared by every instance); absent means they are kept in PostgreSQL. */
  uploadDir: string | undefined;
  /** The largest image upload accepted, in bytes. */
  uploadMaxBytes: number;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${value}".`);
}

function parsePublicUrl(value: string | undefined, fallback: string): string {
  const text = value || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http or https URL, got "${text}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_URL must be an absolute http or https URL, got "${text}".`);
  }
  if (url.search || url.hash) throw new Error(`PUBLIC_URL must not have a query or fragment, got "${text}".`);
  return url.href.replace(/\/+$/, '');
}

function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const proxies = text.split(',').map((entry) => entry.trim());
  if (proxies.every((entry) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry))) return proxies;
  throw new Error(
    `TRUST_PROXY must be false, a number of proxy hops (e.g. 1), or proxy addresses/CIDRs separated by commas; got "${text}".`,
  );
}

const MEGABYTE = 1024 * 1024;

function parseUploadMaxBytes(value: string | undefined): number {
  if (value === undefined || value === '') return 10 * MEGABYTE;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 100) {
    throw new Error(`UPLOAD_MAX_MB must be a number of megabytes above 0 and at most 100, got "${value}".`);
  }
  return Math.floor(megabytes * MEGABYTE);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = parsePort(env.PORT);
  const host = env.HOST || '127.0.0.1';
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.SAMVERKA_DATA_DIR || '.data/pglite'),
    // Demo content belongs on the embedded database; a real server gets it only when asked.
    seedDemo: parseBoolean('SAMVERKA_DEMO_DATA', env.SAMVERKA_DEMO_DATA, !env.DATABASE_URL),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl: env.REDIS_URL || undefined,
    uploadDir: env.UPLOAD_DIR ? resolve(env.UPLOAD_DIR) : undefined,
    uploadMaxBytes: parseUploadMaxBytes(env.UPLOAD_MAX_MB),
    publicUrl: parsePublicUrl(env.PUBLIC_URL, `http://${host.includes(':') ? `[${host}]` : host}:${port}`),
  };
}
