import type { ContactDraft } from '../api/contact-queries.js';
import { draftKey, type KeptDraft, keptDraft } from '../editor/draft-store.js';

// A contact's unsaved changes are kept like the content editors' (editor/draft-store.ts), per user.

/** One key per user and contact, and one per user and owner for a contact not yet saved. */
export function contactDraftKey(userId: string, contactId: string, owner: string): string {
  return draftKey(userId, 'contacts', contactId, owner);
}

/** The changes kept under `key`, if what is kept there is a contact's. */
export function keptContactDraft(key: string): KeptDraft<ContactDraft> | null {
  const kept = keptDraft<ContactDraft>(key);
  return typeof kept?.draft?.name === 'string' && typeof kept.keptAt === 'string' ? kept : null;
}
