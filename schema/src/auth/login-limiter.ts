import type { Redis } from 'ioredis';
import ipaddr from 'ipaddr.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const WINDOW_SECONDS = 15 * 60;
/** Logins allowed per account in the window (a success starts afresh), whoever tries. */
const PER_ACCOUNT = 5;
/** Failed logins allowed per client address in the window, whatever account. */
const PER_ADDRESS = 20;

export class TooManyAttempts extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed logins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** One IPv6 subscriber usually holds a whole /64, so that is what is counted; IPv4 per address. */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

function limiter(keyPrefix: string, points: number, redis: Redis | undefined): Limiter {
  const options = { keyPrefix: `samverka:${keyPrefix}`, points, duration: WINDOW_SECONDS };
  // Should Redis fail, each process goes on counting on its own rather than letting logins through unchecked.
  return redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}

/**
 * Counts logins per account and per address, in Redis when there is one (shared by every
 * instance), else in this process. The account key is counted whether or not the account exists,
 * so a lock-out tells nothing about which addresses have accounts.
 */
export class LoginLimiter {
  readonly #byAccount: Limiter;
  readonly #byAddress: Limiter;

  constructor(redis?: Redis) {
    this.#byAccount = limiter('login:account', PER_ACCOUNT, redis);
    this.#byAddress = limiter('login:address', PER_ADDRESS, redis);
  }

  /**
   * Spends one attempt for the account and the address before the password is checked, so
   * parallel requests and aliased fields in one request are all counted; throws TooManyAttempts
   * when either has none left.
   */
  async attempt(email: string, address: string): Promise<void> {
    // The address first: a blocked address cannot go on to spend (and so lock) other people's accounts.
    await this.#spend(this.#byAddress, addressKey(address));
    await this.#spend(this.#byAccount, email);
  }

  async #spend(limiter: Limiter, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new TooManyAttempts(error.msBeforeNext / 1000);
      throw error;
    }
  }

  /** A correct password: the account starts afresh and the address gets its attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.#byAccount.delete(email), this.#byAddress.reward(addressKey(address), 1)]);
  }
}
