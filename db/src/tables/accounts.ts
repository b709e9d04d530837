import type { Generated, Insertable, Selectable } from 'kysely';
import type { Json } from './common.js';

export type FederationRole = 'admin' | 'publisher' | 'editor';
export type TokenKind = 'session' | 'personal';

export interface UsersTable {
  id: Generated<string>;
  /** Stored lower-case, so an address is one account whatever its spelling. */
  email: string;
  display_name: string;
  /** argon2id, in its PHC string form. */
  password_hash: string;
  is_platform_admin: Generated<boolean>;
  status: Generated<'active' | 'disabled'>;
  password_changed_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccessTokensTable {
  id: Generated<string>;
  user_id: string;
  kind: TokenKind;
  /** What the owner called a personal token; sessions have none. */
  name: string | null;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  /** The token's first characters, so its owner can tell tokens apart. */
  token_hint: string;
  created_at: Generated<Date>;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface FederationRolesTable {
  user_id: string;
  federation_id: string;
  role: FederationRole;
  granted_by: string | null;
  granted_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  federation_id: string | null;
  details: Json<Record<string, unknown>>;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AccessTokenRow = Selectable<AccessTokensTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
