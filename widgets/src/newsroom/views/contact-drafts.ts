import type { ContactDraft } from '../api/contact-queries.js';
import { type KeptDraft, keptDraft } from '../editor/draft-store.js';

// A contact's unsaved changes are kept like the content editors' (editor/draft-store.ts), under a
// prefix of their own.

const PREFIX = 'samverka-newsroom-contact-draft:';

/** One key per contact, and one per owner for a contact not yet saved. */
export function contactDraftKey(contactId: string, owner: string): string {
  return `${PREFIX}${contactId || `new:${owner}`}`;
}

/** The changes kept under `key`, if what is kept there is a contact's. */
export function keptContactDraft(key: string): KeptDraft<ContactDraft> | null {
  const kept = keptDraft<ContactDraft>(key);
  return typeof kept?.draft?.name === 'string' && typeof kept.keptAt === 'string' ? kept : null;
}
