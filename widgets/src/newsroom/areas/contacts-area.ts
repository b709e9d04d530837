// The contacts route: defined when it first opens (app/areas.ts).
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { historyElement } from '../editor/revision-history.js';
import { NewsroomContactEditor } from '../views/contact-editor.js';
import { CONTACT_REVISIONS } from '../views/contact-history.js';
import { NewsroomContactsView } from '../views/contacts-view.js';

defineAll({
  'newsroom-contacts-view': NewsroomContactsView,
  'newsroom-contact-editor': NewsroomContactEditor,
  'newsroom-contact-history': historyElement(CONTACT_REVISIONS),
});
