import type { Viewer } from '../api/account-queries.js';
import type { Session } from '../api/session.js';
import type { Strings } from '../i18n/en.js';
import type { NewsroomLanguage } from '../i18n/language.js';
import { mayWorkIn } from './federations.js';

/** What every view gets from the app: the signed-in user, the texts, and the few things it may ask. */
export interface NewsroomContext {
  language: NewsroomLanguage;
  strings: Strings;
  session: Session;
  viewer: Viewer;
  /** A GraphQL request with the session's token. */
  api<Data>(query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** Goes to a view by its hash route, e.g. `#/news/…`. */
  navigate(route: string): void;
  /** Says something in the polite live region (saves, uploads, copies). */
  announce(message: string): void;
}

/** Publishers and admins publish; editors only write drafts. */
export function canPublish(viewer: Viewer, federation: string): boolean {
  return mayWorkIn(viewer, federation, 'publish');
}

export function isAdminOf(viewer: Viewer, federation: string): boolean {
  return mayWorkIn(viewer, federation, 'admin');
}
