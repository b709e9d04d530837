import type { ContactDraft } from '../api/contact-queries.js';

// A contact's unsaved changes, kept in this browser until saved or discarded, and never sent on
// their own. The same key pattern as the news editor's kept drafts, under a prefix of its own.

export interface KeptContactDraft {
  draft: ContactDraft;
  /** The revision the changes started from, so a later save still names it (and a conflict shows). */
  basedOn: number | null;
  keptAt: string;
}

const PREFIX = 'samverka-newsroom-contact-draft:';

/** One key per contact, and one per owner for a contact not yet saved. */
export function contactDraftKey(contactId: string, owner: string): string {
  return `${PREFIX}${contactId || `new:${owner}`}`;
}

export function keepContactDraft(key: string, draft: ContactDraft, basedOn: number | null): void {
  const kept: KeptContactDraft = { draft, basedOn, keptAt: new Date().toISOString() };
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // A full or disabled storage keeps nothing; the form still works, only without the safety net.
  }
}

export function keptContactDraft(key: string): KeptContactDraft | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null') as KeptContactDraft | null;
    return typeof kept?.draft?.name === 'string' && typeof kept.keptAt === 'string' ? kept : null;
  } catch {
    return null;
  }
}

export function forgetContactDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept where storage is disabled.
  }
}
