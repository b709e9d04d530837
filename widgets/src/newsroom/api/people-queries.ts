// The GraphQL documents of invitations and roles.

export interface Invitation {
  id: string;
  email: string;
  role: 'ADMIN' | 'PUBLISHER' | 'EDITOR';
  expiresAt: string;
  state: string;
}

const INVITATION_FIELDS = 'id email role expiresAt state';
const PROBLEM = '... on Problem { __typename code message }';
const INPUT_PROBLEM = `${PROBLEM} ... on InputProblem { field }`;

export const PENDING = `query NewsroomPending($federation: String!) {
  pendingInvitations(federation: $federation) { ${INVITATION_FIELDS} }
}`;

export const INVITE = `mutation NewsroomInvite($federation: String!, $email: String!, $role: FederationRole!) {
  result: inviteToFederation(federation: $federation, email: $email, role: $role) {
    __typename ... on InviteToFederationSuccess { data { link invitation { ${INVITATION_FIELDS} } } } ${INPUT_PROBLEM}
  }
}`;

export const REVOKE_INVITATION = `mutation NewsroomRevokeInvitation($id: ID!) {
  result: revokeInvitation(id: $id) { __typename ... on RevokeInvitationSuccess { data { id } } ${PROBLEM} }
}`;

export const SET_ROLE = `mutation NewsroomSetRole($federation: String!, $email: String!, $role: FederationRole) {
  result: setFederationRole(federation: $federation, email: $email, role: $role) {
    __typename ... on SetFederationRoleSuccess { data { email } } ${PROBLEM}
  }
}`;

export const ACCEPT = `mutation NewsroomAccept($token: String!, $name: String, $password: String) {
  result: acceptInvitation(token: $token, name: $name, password: $password) {
    __typename ... on AcceptInvitationSuccess { data { accountCreated role federation { name } } } ${INPUT_PROBLEM}
  }
}`;
