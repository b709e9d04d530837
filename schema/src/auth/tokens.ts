import { createHash, randomBytes } from 'node:crypto';

/** Recognisable in logs and by secret scanners. */
const PREFIX = 'svk_';
const TOKEN = /^svk_[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  /** Shown to the user once. */
  token: string;
  /** What is stored. */
  hash: string;
  /** What the user sees later, to tell tokens apart. */
  hint: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function issueToken(): IssuedToken {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), hint: `${token.slice(0, 8)}…` };
}

export function looksLikeToken(value: string): boolean {
  return TOKEN.test(value);
}
