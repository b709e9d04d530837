import { addressKey, LoginLimiter, TooManyAttempts } from '@samverka/schema/auth/login-limiter';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';

// With REDIS_URL (as in CI), two limiters stand for two server instances sharing one Redis.
const redisUrl = process.env.REDIS_URL;

describe.runIf(redisUrl)('login limits shared through Redis', () => {
  const clients = [new Redis(redisUrl as string), new Redis(redisUrl as string)];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
  });

  it('counts attempts made on one instance on every other', async () => {
    const [first, second] = clients.map((client) => new LoginLimiter(client)) as [LoginLimiter, LoginLimiter];
    const email = `delad-${Date.now()}@example.org`;
    for (let attempt = 0; attempt < 3; attempt += 1) await first.attempt(email, `10.9.${attempt}.1`);
    for (let attempt = 0; attempt < 2; attempt += 1) await second.attempt(email, `10.9.${attempt}.2`);
    await expect(first.attempt(email, '10.9.9.9')).rejects.toBeInstanceOf(TooManyAttempts);
    await expect(second.attempt(email, '10.9.9.8')).rejects.toBeInstanceOf(TooManyAttempts);
    await second.succeeded(email, '10.9.9.8');
    await expect(first.attempt(email, '10.9.9.7')).resolves.toBeUndefined();
  });
});

describe('login limits in memory', () => {
  it('allows five attempts per account, then says how long to wait', async () => {
    const limiter = new LoginLimiter();
    for (let attempt = 0; attempt < 5; attempt += 1) await limiter.attempt('a@example.org', `10.8.0.${attempt}`);
    const refusal = await limiter.attempt('a@example.org', '10.8.1.1').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooManyAttempts);
    expect((refusal as TooManyAttempts).retryAfterSeconds).toBeGreaterThan(14 * 60);
  });
});

describe('which addresses count as one', () => {
  it('counts an IPv6 /64 as one address, IPv4 and IPv4-mapped IPv6 per address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('10.0.0.1')).not.toBe(addressKey('10.0.0.2'));
  });
});
