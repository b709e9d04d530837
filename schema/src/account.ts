import { type AccessToken, listPersonalTokens } from '@samverka/db/access-tokens';
import { findRolesOfUsers } from '@samverka/db/federation-roles';
import type { User } from '@samverka/db/users';
import { builder } from './builder.js';
import { encodeGlobalId } from './global-id.js';
import { FederationRef } from './refs.js';

export const FederationRoleEnum = builder.enumType('FederationRole', {
  description: 'What a person may do in a federation.',
  values: {
    ADMIN: { value: 'admin', description: 'Manages the federation’s people, and does all a publisher does.' },
    PUBLISHER: { value: 'publisher', description: 'A communication chief: publishes news, courses and events.' },
    EDITOR: { value: 'editor', description: 'Writes and edits drafts; cannot publish.' },
  } as const,
});

const RoleGrantRef = builder
  .objectRef<{ user_id: string; federation_id: string; role: 'admin' | 'publisher' | 'editor' }>('FederationRoleGrant')
  .implement({
    description: 'A role someone holds in one federation.',
    fields: (t) => ({
      federation: t.field({ type: FederationRef, description: 'Where.', resolve: (grant) => grant.federation_id }),
      role: t.field({ type: FederationRoleEnum, description: 'As what.', resolve: (grant) => grant.role }),
    }),
  });

export const ApiTokenRef = builder.objectRef<AccessToken>('ApiToken').implement({
  description: 'A personal API token for scripts and imports. The secret itself is shown only once, when created.',
  fields: (t) => ({
    id: t.id({ description: 'Pass it to revokeApiToken.', resolve: (token) => encodeGlobalId('ApiToken', token.id) }),
    name: t.string({ description: 'What its owner said it is for.', resolve: (token) => token.name ?? '' }),
    hint: t.exposeString('token_hint', { description: 'The start of the token, to tell tokens apart.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was made.', resolve: (token) => token.created_at }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When it stops working.',
      resolve: (token) => token.expires_at,
    }),
    lastUsedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last came with a request (to the minute); null if never.',
      resolve: (token) => token.last_used_at,
    }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it is valid.',
      resolve: (token) => token.revoked_at,
    }),
  }),
});

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'A person with an account in the hub.',
  fields: (t) => ({
    id: t.id({ description: 'Opaque and stable.', resolve: (user) => encodeGlobalId('User', user.id) }),
    email: t.exposeString('email', { description: 'Lower-case; the login name.' }),
    displayName: t.exposeString('display_name', { description: 'How the person is named to colleagues.' }),
    isPlatformAdmin: t.exposeBoolean('is_platform_admin', {
      description: 'Runs the whole hub: accounts, audit log. Visible to the person and to platform admins.',
      authScopes: (user) => ({ $any: { self: user.id, platformAdmin: true } }),
    }),
    roles: t.loadableGroup({
      type: RoleGrantRef,
      description: 'The federations this person works in, and as what. Visible to the person and to platform admins.',
      authScopes: (user) => ({ $any: { self: user.id, platformAdmin: true } }),
      load: (ids: string[], ctx) => findRolesOfUsers(ctx.db, ids),
      group: (grant) => grant.user_id,
      resolve: (user) => user.id,
    }),
    apiTokens: t.field({
      type: [ApiTokenRef],
      description: 'The person’s personal API tokens, newest first, revoked ones included. Only for themselves.',
      authScopes: (user) => ({ self: user.id }),
      resolve: (user, _args, ctx) => listPersonalTokens(ctx.db, user.id),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    description: 'The person whose bearer token came with the request; null without one.',
    resolve: (_root, _args, ctx) => ctx.viewer?.user ?? null,
  }),
);
