import { readConfig } from '@samverka/server/config';
import { describe, expect, it } from 'vitest';

describe('configuration from the environment', () => {
  it('has defaults for everything', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      seedDemo: true,
      trustProxy: false,
    });
  });

  it('loads demo data on a PostgreSQL server only when asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://x/y' }).seedDemo).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://x/y', SAMVERKA_DEMO_DATA: 'true' }).seedDemo).toBe(true);
  });

  it('believes forwarded addresses only from the proxies it is told about', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps uploads in the database up to 10 MB unless told otherwise', () => {
    expect(readConfig({})).toMatchObject({ uploadDir: undefined, uploadMaxBytes: 10 * 1024 * 1024 });
    const configured = readConfig({ UPLOAD_DIR: 'var/bilder', UPLOAD_MAX_MB: '2.5' });
    expect(configured.uploadDir).toMatch(/\/var\/bilder$/);
    expect(configured.uploadDir?.startsWith('/')).toBe(true);
    expect(configured.uploadMaxBytes).toBe(2.5 * 1024 * 1024);
    expect(() => readConfig({ UPLOAD_MAX_MB: 'tio' })).toThrow(/UPLOAD_MAX_MB must be a number of megabytes/);
    expect(() => readConfig({ UPLOAD_MAX_MB: '0' })).toThrow(/UPLOAD_MAX_MB/);
  });

  it('says which setting is wrong and how', () => {
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ SAMVERKA_DEMO_DATA: 'kanske' })).toThrow(/SAMVERKA_DEMO_DATA must be true or false/);
  });
});
