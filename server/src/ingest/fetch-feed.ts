import { Agent, request } from 'undici';
import { type AddressPolicy, AddressRefusedError } from './address-policy.js';
import { decodeFeedBody } from './decode-body.js';
import { FeedError } from './feed-errors.js';

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const FEED_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

export interface FeedFetcherOptions {
  addressPolicy: AddressPolicy;
  /** The whole fetch, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

/** The validators a source sent last time, for a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchedFeed = { notModified: true } | ({ notModified: false; text: string } & Validators);

export interface FeedFetcher {
  fetch(url: string, validators: Validators): Promise<FetchedFeed>;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, text/calendar, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

function headerOf(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The address refusal behind an error, however deep undici wrapped it. */
function refusalIn(error: unknown): AddressRefusedError | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof AddressRefusedError) return cause;
  }
  return undefined;
}

/**
 * Fetches source feeds over HTTP with Node's own client (undici), guarded against what a hostile or
 * broken source can do: addresses inside the network (checked as each connection is made, after DNS,
 * redirects included), too many redirects, bodies over the size limit (counted while they stream in)
 * and sources that take too long in all.
 */
export function createFeedFetcher(options: FeedFetcherOptions): FeedFetcher {
  const {
    addressPolicy,
    timeoutMs = FEED_TIMEOUT_MS,
    maxBytes = MAX_FEED_BYTES,
    maxRedirects = MAX_REDIRECTS,
  } = options;
  const agent = new Agent({ connect: { lookup: addressPolicy.lookup, timeout: timeoutMs } });

  async function readBody(body: AsyncIterable<Buffer>, url: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new FeedError(
          'FEED_TOO_LARGE',
          `${url} sent more than ${maxBytes / 1024 / 1024} MB; it was not read further.`,
        );
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  async function fetchOnce(start: string, validators: Validators, signal: AbortSignal): Promise<FetchedFeed> {
    let url = new URL(start);
    for (let redirects = 0; ; redirects += 1) {
      addressPolicy.checkLiteralHost(url.hostname);
      const response = await request(url, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headers: {
          accept: ACCEPT,
          'user-agent': 'Samverka feed import',
          ...(validators.etag && { 'if-none-match': validators.etag }),
          ...(validators.lastModified && { 'if-modified-since': validators.lastModified }),
        },
      });
      const { statusCode, headers, body } = response;
      if (REDIRECTS.has(statusCode)) {
        await body.dump();
        const location = headerOf(headers, 'location');
        if (!location)
          throw new FeedError('FEED_HTTP_STATUS', `${url} redirected (${statusCode}) without saying where.`);
        if (redirects >= maxRedirects) {
          throw new FeedError('FEED_TOO_MANY_REDIRECTS', `${start} redirected more than ${maxRedirects} times.`);
        }
        url = new URL(location, url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new FeedError(
            'FEED_HTTP_STATUS',
            `${start} redirected to a ${url.protocol} address; only http and https are followed.`,
          );
        }
        continue;
      }
      if (statusCode === 304) {
        await body.dump();
        return { notModified: true };
      }
      if (statusCode < 200 || statusCode > 299) {
        await body.dump();
        throw new FeedError('FEED_HTTP_STATUS', `${url} answered HTTP ${statusCode}; check the address.`);
      }
      const length = Number(headerOf(headers, 'content-length') ?? Number.NaN);
      if (length > maxBytes) {
        await body.destroy();
        throw new FeedError(
          'FEED_TOO_LARGE',
          `${url} is ${length} bytes, over the limit of ${maxBytes / 1024 / 1024} MB.`,
        );
      }
      const bytes = await readBody(body, url.href);
      return {
        notModified: false,
        text: decodeFeedBody(bytes, headerOf(headers, 'content-type')),
        etag: headerOf(headers, 'etag'),
        lastModified: headerOf(headers, 'last-modified'),
      };
    }
  }

  return {
    async fetch(url, validators) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        return await fetchOnce(url, validators, signal);
      } catch (error) {
        if (error instanceof FeedError) throw error;
        const refusal = refusalIn(error);
        if (refusal) throw new FeedError('FEED_ADDRESS_REFUSED', refusal.message);
        if (signal.aborted) {
          throw new FeedError('FEED_TIMEOUT', `${url} took longer than ${timeoutMs / 1000} seconds; it was given up.`);
        }
        const reason = error instanceof Error ? error.message : String(error);
        throw new FeedError('FEED_UNREACHABLE', `${url} could not be fetched: ${reason}.`);
      }
    },
    close: () => agent.close(),
  };
}
