import type { Generated, Selectable } from 'kysely';
import type { FederationRole } from './accounts.js';

export type UploadMediaType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/avif';
export type UploadExtension = 'jpg' | 'png' | 'webp' | 'gif' | 'avif';
export type UploadStorage = 'database' | 'directory';

export interface UploadsTable {
  id: Generated<string>;
  federation_id: string;
  uploaded_by: string;
  created_at: Generated<Date>;
  /** Sniffed from the bytes, never taken from the client. */
  media_type: UploadMediaType;
  extension: UploadExtension;
  byte_size: number;
  width: number;
  height: number;
  /** Hex SHA-256 of the bytes: the ETag. */
  sha256: string;
  storage: UploadStorage;
  /** The bytes when `storage` is 'database'; null when they live in the upload directory. */
  content: Buffer | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  federation_id: string;
  /** Stored lower-case, like users.email. */
  email: string;
  role: FederationRole;
  /** SHA-256 of the token; the token is shown once, in the link, and never stored. */
  token_hash: string;
  invited_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
  accepted_at: Date | null;
  accepted_by: string | null;
}

export type UploadRow = Selectable<UploadsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
