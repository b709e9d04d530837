import type { ArgBuilder } from '@pothos/core';
import {
  type EditableNewsItem,
  type NewsContent,
  type NewsStateChange,
  saveNewsRevision,
} from '@samverka/db/news-editing';
import type { NewsChange } from '@samverka/db/tables/news-revisions';
import type { BuilderTypes } from './builder.js';
import { conflictType, changeArgs as contentChangeArgs } from './content-changes.js';
import type { EditableKind } from './content-save.js';
import { EditableNewsItemRef } from './news-editing.js';
import { checkReadyToPublish } from './news-input.js';

/** Someone saved in between: nothing is merged; the caller gets the current version to compare with. */
export const RevisionConflict = conflictType('RevisionConflict', EditableNewsItemRef);

type NewsWrite = { content?: NewsContent; state?: NewsStateChange };

/** News for the shared change helpers (content-save.ts). */
export const newsKind: EditableKind<EditableNewsItem, NewsWrite, NewsChange> = {
  key: 'news',
  noun: 'news item',
  typename: 'NewsItem',
  subjectType: 'news_item',
  loader: (ctx) => EditableNewsItemRef.getDataloader(ctx),
  save: saveNewsRevision,
  Conflict: RevisionConflict,
};

/** New content for an item that is live (or scheduled) must be ready to publish; a draft's may wait. */
export function checkContentForStatus(item: EditableNewsItem, content: NewsContent): NewsContent {
  if (item.status === 'published' || item.status === 'scheduled') checkReadyToPublish(content.images);
  return content;
}

/** The arguments every change to an existing item takes. */
export function changeArgs(arg: ArgBuilder<BuilderTypes>) {
  return contentChangeArgs(arg, 'news item');
}
