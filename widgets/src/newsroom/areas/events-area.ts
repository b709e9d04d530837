// The event routes (the list and the editor): defined when one of them first opens (app/areas.ts).
import './editing-elements.js';
import { defineAll } from '../../define.js';
import { EVENT_REVISIONS, NewsroomEventEditor } from '../editor/event-editor.js';
import { historyElement } from '../editor/revision-history.js';
import { NewsroomEventsList } from '../views/events-list-view.js';

defineAll({
  'newsroom-events-list': NewsroomEventsList,
  'newsroom-event-editor': NewsroomEventEditor,
  'newsroom-event-history': historyElement(EVENT_REVISIONS),
});
