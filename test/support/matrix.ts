import type { Database } from '@samverka/db/database';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { logIn, seedUser } from './accounts.js';

/** Everyone an authorization matrix tries: roles are held in the `own` federation. */
export type Caller = 'anonymous' | 'platform admin' | 'admin' | 'publisher' | 'editor' | 'no role';

export const CALLERS: Caller[] = ['anonymous', 'platform admin', 'admin', 'publisher', 'editor', 'no role'];
export const WRITERS: Caller[] = ['platform admin', 'admin', 'publisher', 'editor'];
export const PUBLISHERS: Caller[] = ['platform admin', 'admin', 'publisher'];
export const ADMINS: Caller[] = ['platform admin', 'admin'];
export const PLATFORM: Caller[] = ['platform admin'];

export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

/** A mutation's typed result that is a problem (NotFound, a conflict) is no proof of being allowed. */
function outcomes(answer: Answer): string[] {
  return Object.values(answer.data ?? {}).flatMap((value) =>
    value && typeof value === 'object' && '__typename' in value ? [String(value.__typename)] : [],
  );
}

export interface Attempt<Fixtures> {
  name: string;
  /** The callers allowed; everyone else is refused (anonymous as UNAUTHENTICATED, the rest as FORBIDDEN). */
  allowed: Caller[];
  run(token: string | undefined, fixtures: Fixtures): Promise<Answer>;
}

/** A seed builder: each caller logged in, with its role in `own`. */
export async function logInCallers(
  app: FastifyInstance,
  db: Kysely<Database>,
  own: string,
): Promise<Map<Caller, string | undefined>> {
  const tokens = new Map<Caller, string | undefined>([['anonymous', undefined]]);
  tokens.set('platform admin', await logIn(app, await seedUser(db, { email: 'pa@example.org', platformAdmin: true })));
  for (const role of ['admin', 'publisher', 'editor'] as const) {
    tokens.set(role, await logIn(app, await seedUser(db, { email: `${role}@own.example`, roles: { [own]: role } })));
  }
  tokens.set('no role', await logIn(app, await seedUser(db, { email: 'ingen@example.org' })));
  return tokens;
}

/** One test per caller: allowed ones get no error, the others the refusal that fits them. */
export function itChecksEveryCaller<Fixtures>(
  attempt: Attempt<Fixtures>,
  context: () => { tokens: Map<Caller, string | undefined>; fixtures: Fixtures },
): void {
  for (const caller of CALLERS) {
    const allowed = attempt.allowed.includes(caller);
    it(`${allowed ? 'allows' : 'refuses'} ${caller}`, async () => {
      const { tokens, fixtures } = context();
      const answer = await attempt.run(tokens.get(caller), fixtures);
      if (allowed) {
        expect(answer.errors).toBeUndefined();
        for (const outcome of outcomes(answer)) expect(outcome).toMatch(/Success$/);
      } else {
        expect(answer.errors?.[0]?.extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    });
  }
}
