// The elements several areas' forms share: whichever area opens first brings them, once (app/areas.ts).
import { defineAll } from '../../define.js';
import { NewsroomConflictView } from '../editor/conflict-view.js';
import { NewsroomLinkDialog } from '../editor/link-dialog.js';
import { NewsroomMunicipalityPicker } from '../editor/municipality-picker.js';
import { NewsroomRichText } from '../editor/rich-text-editor.js';

defineAll({
  'newsroom-conflict-view': NewsroomConflictView,
  'newsroom-municipality-picker': NewsroomMunicipalityPicker,
  'newsroom-rich-text': NewsroomRichText,
  'newsroom-link-dialog': NewsroomLinkDialog,
});
