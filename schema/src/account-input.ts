import { normaliseEmail } from '@samverka/db/users';
import { InputProblem } from './problems.js';

/** The address as stored (trimmed, lower-case), or an InputProblem naming `field`. */
export function checkEmail(field: string, raw: string): string {
  const email = normaliseEmail(raw);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new InputProblem(field, 'INVALID_EMAIL', 'Enter a whole e-mail address, e.g. namn@kommun.se.');
  }
  return email;
}

/** How colleagues see a person named: 1 to 200 characters. */
export function checkDisplayName(field: string, raw: string): string {
  const name = raw.trim();
  if (name.length === 0 || name.length > 200) {
    throw new InputProblem(field, 'INVALID_NAME', 'Enter a name of 1 to 200 characters.');
  }
  return name;
}
