// The newsroom bundle's shell: the app and what its first screen shows (the login, the invitation, the
// start view). Every other view is defined by its area's chunk when its route first opens (app/areas.ts),
// and the rich-text editor's Tiptap arrives in a chunk of its own when an editor first renders. The texts of
// the UI language come first, in their own chunk: the app draws nothing without them.
import { defineAll } from '../define.js';
import { NewsroomApp } from './app/newsroom-app.js';
import { initialLanguage } from './i18n/language.js';
import { loadLanguage } from './i18n/load-language.js';
import { NewsroomInvitationView } from './views/invitation-view.js';
import { NewsroomLoginView } from './views/login-view.js';
import { NewsroomStartView } from './views/start-view.js';

loadLanguage(initialLanguage()).then(
  () =>
    defineAll({
      'newsroom-login-view': NewsroomLoginView,
      'newsroom-invitation-view': NewsroomInvitationView,
      'newsroom-start-view': NewsroomStartView,
      // Last: the app renders the views, which must be defined by then.
      'samverka-newsroom': NewsroomApp,
    }),
  () => {
    // Without its texts the app cannot say anything; the page says it in both languages instead.
    const app = document.querySelector('samverka-newsroom');
    app?.setAttribute('role', 'alert');
    app?.replaceChildren(
      'Nyhetsrummet kunde inte laddas: ladda om sidan. The newsroom could not load: reload the page.',
    );
  },
);
