import type { FastifyInstance } from 'fastify';
import { send } from './accounts.js';

export const INVITE = `mutation ($federation: String!, $email: String!, $role: FederationRole!, $days: Int) {
  inviteToFederation(federation: $federation, email: $email, role: $role, expiresInDays: $days) {
    __typename
    ... on InviteToFederationSuccess { data { link invitation { id email role state expiresAt invitedBy { email } } } }
    ... on Problem { code message }
    ... on InputProblem { field }
  }
}`;

export const ACCEPT = `mutation ($token: String!, $name: String, $password: String) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    __typename
    ... on AcceptInvitationSuccess { data { accountCreated role user { email } federation { slug } } }
    ... on Problem { code message }
    ... on InputProblem { field }
  }
}`;

export interface Invited {
  link: string;
  token: string;
  invitation: {
    id: string;
    email: string;
    role: string;
    state: string;
    expiresAt: string;
    invitedBy: { email: string };
  };
}

/** Invites through GraphQL as `adminToken`; fails the test unless it works. */
export async function invite(
  app: FastifyInstance,
  adminToken: string,
  variables: { federation: string; email: string; role: string; days?: number },
): Promise<Invited> {
  const result = await send<{ inviteToFederation: { data?: Omit<Invited, 'token'> } }>(app, INVITE, variables, {
    token: adminToken,
  });
  const data = result.data?.inviteToFederation.data;
  if (!data) throw new Error(`invitation failed: ${JSON.stringify(result)}`);
  return { ...data, token: new URL(data.link).hash.replace(/^#token=/, '') };
}

export interface AcceptOutcome {
  __typename: string;
  data?: { accountCreated: boolean; role: string; user: { email: string }; federation: { slug: string } };
  code?: string;
  message?: string;
  field?: string;
}

export async function acceptInvitation(
  app: FastifyInstance,
  variables: { token: string; name?: string; password?: string },
  options: { token?: string; address?: string } = {},
): Promise<AcceptOutcome> {
  const result = await send<{ acceptInvitation: AcceptOutcome }>(app, ACCEPT, variables, options);
  if (!result.data) throw new Error(`acceptInvitation failed: ${JSON.stringify(result)}`);
  return result.data.acceptInvitation;
}
