import type { NewsroomContext } from '../app/context.js';
import type { DraftArea } from './draft-store.js';

/** What every editable item has: an id for the mutations and the revision a change is based on. */
export interface SavedItem {
  id: string;
  revision: number;
}

/**
 * What an editor on the shared shell (DraftEditor, ContentEditor) needs to know about its kind of content: where
 * it lives, its documents, and how a saved item becomes a draft and a draft becomes the input.
 */
export interface ContentKind<Item extends SavedItem, Draft, Step extends string> {
  /** The hash route (`#/{area}/{id}`) and the area of its kept drafts. */
  area: DraftArea;
  /** `createXDraft(federation, input)`, `updateX(id, basedOn, input)`, `restoreXRevision(id, basedOn, revision)`, all answering as `result`. */
  documents: { create: string; update: string; restore: string; transition(step: Step): string };
  empty(): Draft;
  load(ctx: NewsroomContext, id: string): Promise<Item | null>;
  /** A `data` or `current` as the API answers it, as the editor keeps it. */
  fromResult(raw: unknown): Item;
  draftOf(item: Item): Draft;
  /** The draft as the mutations' input; wall-clock times are read in `timeZone`. */
  input(draft: Draft, timeZone: string): Record<string, unknown>;
  /** The federation the item belongs to. */
  federationOf(item: Item): { slug: string; timeZone: string };
}
