import { type Algorithm, hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// argon2id with the library's defaults (19 MiB, 2 passes): the OWASP recommendation.
// (Algorithm is a const enum the compiler cannot inline here; 2 is its Argon2id.)
const OPTIONS = { algorithm: 2 as Algorithm } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Checked when the account does not exist, so a wrong address costs as long as a wrong password.
const UNUSED_HASH = hash('samverka-timing-equaliser', OPTIONS);

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (!passwordHash) {
    await verify(await UNUSED_HASH, password);
    return false;
  }
  return verify(passwordHash, password);
}

/** Why a new password is not acceptable, in words a person can act on; null when it is. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (password.toLowerCase().includes(email.split('@')[0]?.toLowerCase() || email)) {
    return 'do not build the password from the e-mail address.';
  }
  if (new Set(password).size < 5) return 'use more different characters.';
  return null;
}
