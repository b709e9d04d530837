import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export interface User {
  id: string;
  email: string;
  display_name: string;
  is_platform_admin: boolean;
  status: 'active' | 'disabled';
}

/** A user with the hash needed to check a password; never leaves the login code. */
export interface UserCredentials extends User {
  password_hash: string;
}

const userColumns = ['id', 'email', 'display_name', 'is_platform_admin', 'status'] as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUsersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<User[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(userColumns).where('id', 'in', ids).execute();
}

export async function findCredentialsByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserCredentials | undefined> {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}

export async function findCredentialsById(db: Kysely<Database>, id: string): Promise<UserCredentials | undefined> {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface NewUserInput {
  email: string;
  displayName: string;
  passwordHash: string;
  isPlatformAdmin?: boolean;
}

/** Creates the account, or returns undefined when the address already has one. */
export async function insertUser(db: Kysely<Database>, input: NewUserInput): Promise<User | undefined> {
  return db
    .insertInto('users')
    .values({
      email: normaliseEmail(input.email),
      display_name: input.displayName,
      password_hash: input.passwordHash,
      is_platform_admin: input.isPlatformAdmin ?? false,
    })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning(userColumns)
    .executeTakeFirst();
}

export async function updatePasswordHash(db: Kysely<Database>, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function setPlatformAdmin(db: Kysely<Database>, userId: string, isPlatformAdmin: boolean): Promise<void> {
  await db.updateTable('users').set({ is_platform_admin: isPlatformAdmin }).where('id', '=', userId).execute();
}

/** Disables or re-enables an existing account; the user as it now is. */
export async function setUserStatus(
  db: Kysely<Database>,
  userId: string,
  status: 'active' | 'disabled',
): Promise<User> {
  return db
    .updateTable('users')
    .set({ status })
    .where('id', '=', userId)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}
