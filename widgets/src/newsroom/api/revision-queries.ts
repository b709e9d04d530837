// What the revision history of events and courses shows, asked for alike.

/** One saved state as the API lists it; `status` in lower case, as stored. */
export interface RevisionEntry {
  revision: number;
  status: string;
  change: string;
  createdAt: string;
  author: { displayName: string } | null;
}

export const REVISION_FIELDS = 'revisions { revision status change createdAt author { displayName } }';
