import type { TemplateResult } from 'lit';
import {
  CREATE_EVENT,
  type EditableEvent,
  EVENT_HISTORY,
  EVENT_ITEM,
  type EventDraft,
  type EventTransition,
  emptyEventDraft,
  eventDraftOf,
  eventInput,
  eventTransition,
  RESTORE_EVENT,
  UPDATE_EVENT,
} from '../api/event-queries.js';
import { ContentEditor } from './content-editor.js';
import type { ContentKind } from './content-kind.js';
import { renderEventEditor } from './event-editor-view.js';
import { languageField, nameField, namesField, richField, textField, timeField } from './revision-compare.js';
import { type RevisionSource, revisionsOf } from './revision-history.js';
import { timeErrors } from './time-checks.js';

const EVENTS: ContentKind<EditableEvent, EventDraft, EventTransition> = {
  area: 'events',
  documents: { create: CREATE_EVENT, update: UPDATE_EVENT, restore: RESTORE_EVENT, transition: eventTransition },
  empty: emptyEventDraft,
  load: async (ctx, id) => (await ctx.api<{ editableEvent: EditableEvent | null }>(EVENT_ITEM, { id })).editableEvent,
  fromResult: (raw) => raw as EditableEvent,
  draftOf: eventDraftOf,
  input: eventInput,
  federationOf: (item) => item.organiser,
};

/** An event's history, compared field by field as its form names them. */
export const EVENT_REVISIONS: RevisionSource = {
  load: revisionsOf(EVENT_HISTORY, 'editableEvent'),
  fields: [
    textField('title', 'title'),
    textField('summary', 'summary'),
    richField('description_html', 'description'),
    timeField('starts_at', 'startsAt'),
    timeField('ends_at', 'endsAt'),
    textField('place_name', 'placeName'),
    textField('address', 'address'),
    nameField('municipality', 'eventMunicipality'),
    textField('online_url', 'onlineUrl'),
    textField('registration_url', 'registrationUrl'),
    timeField('registration_deadline', 'registrationDeadline'),
    languageField('language', 'eventLanguage'),
    namesField('topics', 'topics'),
  ],
};

/** @summary Writes one event: its fields, saving, the publishing steps by role, history and conflicts like news. */
export class NewsroomEventEditor extends ContentEditor<EditableEvent, EventDraft, EventTransition> {
  constructor() {
    super(EVENTS);
  }

  protected override get headings(): { create: string; edit: string } {
    return { create: this.ctx.strings.eventNewTitle, edit: this.ctx.strings.eventEditTitle };
  }

  /**
   * Start and end are required by the schema, and every time must be a whole one to be read in the
   * federation's zone; said next to the fields rather than as a request error.
   */
  protected override readyToSave(): boolean {
    const { startsAt, endsAt, registrationDeadline } = this.draft;
    const errors = timeErrors(this.ctx.strings, { startsAt, endsAt, registrationDeadline }, ['startsAt', 'endsAt']);
    if (Object.keys(errors).length === 0) return true;
    this.errors = { ...this.errors, ...errors };
    void this.focusFirstError();
    return false;
  }

  protected override renderLoaded(): TemplateResult {
    return renderEventEditor(this);
  }
}
