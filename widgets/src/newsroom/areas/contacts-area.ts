// The contacts route: defined when it first opens (app/areas.ts).
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { NewsroomContactEditor } from '../views/contact-editor.js';
import { NewsroomContactHistory } from '../views/contact-history.js';
import { NewsroomContactsView } from '../views/contacts-view.js';

defineAll({
  'newsroom-contacts-view': NewsroomContactsView,
  'newsroom-contact-editor': NewsroomContactEditor,
  'newsroom-contact-history': NewsroomContactHistory,
});
