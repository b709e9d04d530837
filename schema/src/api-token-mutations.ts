import { type AccessToken, findPersonalToken, insertAccessToken, revokeAccessToken } from '@samverka/db/access-tokens';
import { recordAudit } from '@samverka/db/audit-log';
import { GraphQLError } from 'graphql';
import { ApiTokenRef } from './account.js';
import { issueToken } from './auth/tokens.js';
import { requireViewer } from './auth/viewer.js';
import { builder } from './builder.js';
import { ErrorCode } from './errors.js';
import { InputProblem, NotFoundProblem, problemsOf } from './problems.js';

const MAX_TOKEN_DAYS = 365;
const DEFAULT_TOKEN_DAYS = 90;

interface NewApiToken {
  token: string;
  apiToken: AccessToken;
}

const NewApiTokenRef = builder.objectRef<NewApiToken>('NewApiToken').implement({
  description: 'A personal token, just created.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret; it is shown only now. Store it safely.' }),
    apiToken: t.field({
      type: ApiTokenRef,
      description: 'The token as it will be listed from now on.',
      resolve: (created) => created.apiToken,
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: NewApiTokenRef,
    description:
      'Creates a personal API token that acts as its owner, for scripts and imports. Only from a login session: a token cannot make more tokens.',
    authScopes: { signedIn: true },
    errors: problemsOf('CreateApiToken', [InputProblem], 'the new token'),
    args: {
      name: t.arg.string({ required: true, description: 'What it is for, e.g. "Import from our website".' }),
      expiresInDays: t.arg.int({
        defaultValue: DEFAULT_TOKEN_DAYS,
        description: `1 to ${MAX_TOKEN_DAYS} days; ${DEFAULT_TOKEN_DAYS} if left out.`,
      }),
    },
    resolve: async (_root, { name, expiresInDays }, ctx) => {
      const viewer = requireViewer(ctx);
      if (viewer.tokenKind !== 'session') {
        throw new GraphQLError('Log in with your password to create API tokens; a token cannot make more tokens.', {
          extensions: { code: ErrorCode.FORBIDDEN },
        });
      }
      const label = name.trim();
      if (label.length === 0 || label.length > 100) {
        throw new InputProblem('name', 'INVALID_NAME', 'Give the token a name of 1 to 100 characters.');
      }
      const days = expiresInDays ?? DEFAULT_TOKEN_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
        throw new InputProblem('expiresInDays', 'OUT_OF_RANGE', `Choose 1 to ${MAX_TOKEN_DAYS} days.`);
      }
      const issued = issueToken();
      const apiToken = await ctx.db.transaction().execute(async (tx) => {
        const created = await insertAccessToken(tx, {
          userId: viewer.user.id,
          kind: 'personal',
          name: label,
          tokenHash: issued.hash,
          tokenHint: issued.hint,
          expiresAt: new Date(Date.now() + days * 86_400_000),
        });
        await recordAudit(tx, {
          actorId: viewer.user.id,
          action: 'token.created',
          subjectType: 'access_token',
          subjectId: created.id,
          federationId: null,
          details: { name: label, days },
        });
        return created;
      });
      return { token: issued.token, apiToken };
    },
  }),
  revokeApiToken: t.field({
    type: ApiTokenRef,
    description: 'Revokes one of your personal API tokens at once, on every server.',
    authScopes: { signedIn: true },
    errors: problemsOf('RevokeApiToken', [NotFoundProblem], 'the revoked token'),
    args: { id: t.arg.globalID({ required: true, description: 'The ApiToken id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const viewer = requireViewer(ctx);
      const revoked =
        id.typename === 'ApiToken' &&
        (await ctx.db.transaction().execute(async (tx) => {
          const done = await revokeAccessToken(tx, viewer.user.id, id.id);
          if (done) {
            await recordAudit(tx, {
              actorId: viewer.user.id,
              action: 'token.revoked',
              subjectType: 'access_token',
              subjectId: id.id,
              federationId: null,
            });
          }
          return done;
        }));
      const token = revoked && (await findPersonalToken(ctx.db, viewer.user.id, id.id));
      if (!token) throw new NotFoundProblem('token', 'You have no API token with this id.');
      return token;
    },
  }),
}));
