// The contacts route: defined when it first opens (app/areas.ts).
import { define } from '../../define.js';
import { NewsroomContactsView } from '../views/contacts-view.js';

define('newsroom-contacts-view', NewsroomContactsView);
