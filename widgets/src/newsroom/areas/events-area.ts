// The event routes (the list and the editor): defined when one of them first opens (app/areas.ts).
import { defineAll } from '../../define.js';
import { NewsroomConflictView } from '../editor/conflict-view.js';
import { NewsroomEventEditor } from '../editor/event-editor.js';
import { NewsroomLinkDialog } from '../editor/link-dialog.js';
import { NewsroomRichText } from '../editor/rich-text-editor.js';
import { NewsroomEventsList } from '../views/events-list-view.js';

defineAll({
  'newsroom-events-list': NewsroomEventsList,
  'newsroom-event-editor': NewsroomEventEditor,
  'newsroom-conflict-view': NewsroomConflictView,
  'newsroom-rich-text': NewsroomRichText,
  'newsroom-link-dialog': NewsroomLinkDialog,
});
