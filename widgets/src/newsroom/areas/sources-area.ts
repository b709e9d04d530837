// The feed sources route: defined when it first opens (app/areas.ts).
import { define } from '../../define.js';
import { NewsroomFeedSourcesView } from '../views/feed-sources-view.js';

define('newsroom-feed-sources-view', NewsroomFeedSourcesView);
