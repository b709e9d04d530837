// The account route: defined when it first opens (app/areas.ts).
import { define } from '../../define.js';
import { NewsroomAccountView } from '../views/account-view.js';

define('newsroom-account-view', NewsroomAccountView);
