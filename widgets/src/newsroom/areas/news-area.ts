// The news routes (the list and the editor): defined when one of them first opens (app/areas.ts).
// The preview shows an item through the news widget itself, so it comes along.
import '../../news/news.js';
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { NEWS_REVISIONS, NewsroomNewsEditor } from '../editor/news-editor.js';
import { NewsroomNewsPreview } from '../editor/news-preview.js';
import { historyElement } from '../editor/revision-history.js';
import { NewsroomNewsList } from '../views/news-list-view.js';

defineAll({
  'newsroom-news-list': NewsroomNewsList,
  'newsroom-news-editor': NewsroomNewsEditor,
  'newsroom-news-preview': NewsroomNewsPreview,
  'newsroom-news-history': historyElement(NEWS_REVISIONS),
});
