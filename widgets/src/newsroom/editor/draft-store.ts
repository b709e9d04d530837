/** Unsaved changes kept in this browser until they are saved or discarded; never sent on their own. */
export interface KeptDraft<Draft> {
  draft: Draft;
  /** The revision the changes started from, so a later save still names it (and a conflict shows). */
  basedOn: number | null;
  keptAt: string;
}

/** The forms that keep drafts; the name is part of the key of a draft not yet saved. */
export type DraftArea = 'news' | 'events' | 'courses' | 'profile' | 'contacts';

const PREFIX = 'samverka-newsroom-draft:';

/**
 * One key per user and item (its global id names its type, so ids never clash between areas), and one
 * per user, area and `place` (federation, or a contact's owner) for an item not yet saved. The user's id
 * comes first: on a shared computer a draft is only ever offered to the person who wrote it, and it
 * waits for them across their own logouts.
 */
export function draftKey(userId: string, area: DraftArea, itemId: string, place: string): string {
  return `${PREFIX}${userId}:${itemId || `new-${area}:${place}`}`;
}

export function keepDraft<Draft>(key: string, draft: Draft, basedOn: number | null): void {
  const kept: KeptDraft<Draft> = { draft, basedOn, keptAt: new Date().toISOString() };
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // A full or disabled storage keeps nothing; the editor still works, only without the safety net.
  }
}

export function keptDraft<Draft>(key: string): KeptDraft<Draft> | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as KeptDraft<Draft> | null;
  } catch {
    return null;
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept where storage is disabled.
  }
}
