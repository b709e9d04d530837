import { readConfig } from '@samverka/server/config';
import { describe, expect, it } from 'vitest';

describe('PUBLIC_URL', () => {
  it('defaults to the address the hub listens on', () => {
    expect(readConfig({}).publicUrl).toBe('http://127.0.0.1:4000');
    expect(readConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://0.0.0.0:8080');
    expect(readConfig({ HOST: '::1' }).publicUrl).toBe('http://[::1]:4000');
  });

  it('is taken without its trailing slash, path kept', () => {
    expect(readConfig({ PUBLIC_URL: 'https://samverka.example/' }).publicUrl).toBe('https://samverka.example');
    expect(readConfig({ PUBLIC_URL: 'https://example.org/samverka/' }).publicUrl).toBe('https://example.org/samverka');
  });

  it.each(['samverka.example', 'ftp://samverka.example', 'https://samverka.example/?a=1', 'https://x.example/#top'])(
    'refuses %s',
    (value) => {
      expect(() => readConfig({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL/);
    },
  );
});
