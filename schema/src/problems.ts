import { builder } from './builder.js';

/**
 * Expected failures a caller can act on. Mutations list the ones they may return, and the errors
 * plugin turns a thrown instance into a typed result instead of a GraphQL error.
 */
export class Problem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Input that breaks a rule: names the field and says what to fix. */
export class InputProblem extends Problem {
  constructor(
    readonly field: string,
    code: string,
    message: string,
  ) {
    super(code, message);
  }
}

/** Wrong e-mail or password: deliberately silent about which, so no one learns who has an account. */
export class InvalidCredentials extends Problem {
  constructor() {
    super('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.');
  }
}

export class TooManyAttemptsProblem extends Problem {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'TOO_MANY_ATTEMPTS',
      `Too many failed logins. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minutes.`,
    );
  }
}

export class NotFoundProblem extends Problem {
  constructor(
    readonly what: string,
    message: string,
  ) {
    super('NOT_FOUND', message);
  }
}

export const ProblemInterface = builder.interfaceRef<Problem>('Problem').implement({
  description: 'An expected failure: a stable `code` to branch on and a `message` for people.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable, upper-case, e.g. INVALID_CREDENTIALS.' }),
    message: t.exposeString('message', { description: 'What went wrong and what to do, in English.' }),
  }),
});

builder.objectType(InputProblem, {
  name: 'InputProblem',
  description: 'A value that breaks a rule; `field` names it.',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof InputProblem,
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field to fix, e.g. "password".' }),
  }),
});

builder.objectType(InvalidCredentials, {
  name: 'InvalidCredentials',
  description: 'The e-mail address or the password is wrong (it is never said which).',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof InvalidCredentials,
  fields: () => ({}),
});

builder.objectType(TooManyAttemptsProblem, {
  name: 'TooManyAttempts',
  description: 'Too many failed logins for this account or from this address; wait and try again.',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof TooManyAttemptsProblem,
  fields: (t) => ({
    retryAfterSeconds: t.int({
      description: 'Seconds until a login may be tried again.',
      resolve: (problem) => Math.ceil(problem.retryAfterSeconds),
    }),
  }),
});

builder.objectType(NotFoundProblem, {
  name: 'NotFound',
  description: 'What the mutation refers to does not exist (or is not yours to see).',
  interfaces: [ProblemInterface],
  isTypeOf: (value) => value instanceof NotFoundProblem,
  fields: (t) => ({
    what: t.exposeString('what', { description: 'The kind of thing, e.g. "user" or "token".' }),
  }),
});

/**
 * The `errors` option of a mutation: its result is `<Name>Result`, either `<Name>Success` with
 * the outcome in `data`, or one of the listed problems.
 */
// biome-ignore lint/suspicious/noExplicitAny: error classes take any constructor arguments
export function problemsOf(name: string, types: Array<new (...args: any[]) => Problem>, outcome: string) {
  return {
    types,
    result: { name: `${name}Success`, description: `It worked; \`data\` holds ${outcome}.` },
    union: { name: `${name}Result`, description: `${outcome[0]?.toUpperCase()}${outcome.slice(1)}, or why not.` },
    dataField: { description: `${outcome[0]?.toUpperCase()}${outcome.slice(1)}.` },
  };
}
