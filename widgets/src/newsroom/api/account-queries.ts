// The GraphQL documents of sessions, the account and its personal tokens.

export interface Viewer {
  /** Opaque and stable: what the user's kept drafts are stored under. */
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  roles: Array<{
    role: 'ADMIN' | 'PUBLISHER' | 'EDITOR';
    federation: { slug: string; name: string; timeZone: string };
  }>;
}

export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const PROBLEM = '... on Problem { __typename code message }';
const INPUT_PROBLEM = `${PROBLEM} ... on InputProblem { field }`;
const LOGIN_PROBLEM = `${INPUT_PROBLEM} ... on TooManyAttempts { retryAfterSeconds }`;

export const LOGIN = `mutation NewsroomLogin($email: String!, $password: String!) {
  result: login(email: $email, password: $password) {
    __typename ... on LoginSuccess { data { token expiresAt user { email } } } ${LOGIN_PROBLEM}
  }
}`;

export const LOGOUT = 'mutation NewsroomLogout { logout }';

export const VIEWER = `query NewsroomViewer { viewer { id email displayName isPlatformAdmin
  roles { role federation { slug name timeZone } } } }`;

export const CHANGE_PASSWORD = `mutation NewsroomChangePassword($currentPassword: String!, $newPassword: String!) {
  result: changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    __typename ... on ChangePasswordSuccess { data { email } } ${LOGIN_PROBLEM}
  }
}`;

const TOKEN_FIELDS = 'id name hint createdAt expiresAt lastUsedAt revokedAt';

export const API_TOKENS = `query NewsroomTokens { viewer { email apiTokens { ${TOKEN_FIELDS} } } }`;

export const CREATE_TOKEN = `mutation NewsroomCreateToken($name: String!, $expiresInDays: Int) {
  result: createApiToken(name: $name, expiresInDays: $expiresInDays) {
    __typename ... on CreateApiTokenSuccess { data { token apiToken { ${TOKEN_FIELDS} } } } ${INPUT_PROBLEM}
  }
}`;

export const REVOKE_TOKEN = `mutation NewsroomRevokeToken($id: ID!) {
  result: revokeApiToken(id: $id) { __typename ... on RevokeApiTokenSuccess { data { ${TOKEN_FIELDS} } } ${PROBLEM} }
}`;
