// The people route: defined when it first opens (app/areas.ts).
import { define } from '../../define.js';
import { NewsroomPeopleView } from '../views/people-view.js';

define('newsroom-people-view', NewsroomPeopleView);
