// The newsroom bundle's shell: the app and what its first screen shows (the login, the invitation, the
// start view). Every other view is defined by its area's chunk when its route first opens (app/areas.ts),
// and the rich-text editor's Tiptap arrives in a chunk of its own when an editor first renders.
import { defineAll } from '../define.js';
import { NewsroomApp } from './app/newsroom-app.js';
import { NewsroomInvitationView } from './views/invitation-view.js';
import { NewsroomLoginView } from './views/login-view.js';
import { NewsroomStartView } from './views/start-view.js';

defineAll({
  'newsroom-login-view': NewsroomLoginView,
  'newsroom-invitation-view': NewsroomInvitationView,
  'newsroom-start-view': NewsroomStartView,
  // Last: the app renders the views, which must be defined by then.
  'samverka-newsroom': NewsroomApp,
});
