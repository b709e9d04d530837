// The topics route: defined when it first opens (app/areas.ts).
import { define } from '../../define.js';
import { NewsroomTopicsView } from '../views/topics-view.js';

define('newsroom-topics-view', NewsroomTopicsView);
