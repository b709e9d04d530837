import type { TemplateResult } from 'lit';
import { uploadImage } from '../api/client.js';
import {
  CREATE_DRAFT,
  draftOf,
  type EditableNews,
  type EditorImage,
  fromRaw,
  NEWS_HISTORY,
  NEWS_ITEM,
  type NewsDraft,
  newsInput,
  type RawEditable,
  RESTORE_REVISION,
  SCHEDULE_NEWS,
  type Transition,
  transition,
  UPDATE_NEWS,
} from '../api/news-queries.js';
import { fill, formatTime } from '../i18n/language.js';
import { ContentEditor } from './content-editor.js';
import type { ContentKind } from './content-kind.js';
import type { FieldErrors } from './field-errors.js';
import { renderEditor } from './news-editor-view.js';
import { type ListItem, languageField, listField, namesField, richField, textField } from './revision-compare.js';
import { type RevisionSource, revisionsOf } from './revision-history.js';
import { timeErrors } from './time-checks.js';
import { zonedToIso } from './time-zone.js';

const NEWS: ContentKind<EditableNews, NewsDraft, Transition> = {
  area: 'news',
  documents: { create: CREATE_DRAFT, update: UPDATE_NEWS, restore: RESTORE_REVISION, transition },
  empty: () => ({ title: '', summary: '', body: '', language: 'sv', topics: [], municipalities: [], images: [] }),
  load: async (ctx, id) => {
    const found = (await ctx.api<{ editableNewsItem: RawEditable | null }>(NEWS_ITEM, { id })).editableNewsItem;
    return found ? fromRaw(found) : null;
  },
  fromResult: (raw) => fromRaw(raw as RawEditable),
  draftOf,
  input: (draft) => newsInput(draft),
  federationOf: (item) => item.publisher,
};

/** An image as the history tells it: by its address, shown as its alt text (its address until it has one) and caption. */
const imageItem = (image: EditorImage): ListItem => ({
  key: image.url,
  text: image.caption ? `${image.alt || image.url} (${image.caption})` : image.alt || image.url,
});

/** A news item's history, compared field by field as its form names them. */
export const NEWS_REVISIONS: RevisionSource = {
  load: revisionsOf(NEWS_HISTORY, 'editableNewsItem'),
  fields: [
    textField('title', 'title'),
    textField('summary', 'summary'),
    richField('body_html', 'body'),
    languageField('language', 'contentLanguage'),
    namesField('topics', 'topics'),
    namesField('municipalities', 'municipalities'),
    listField<EditorImage>('images', 'images', imageItem),
  ],
};

/**
 * @summary Writes one news item: its fields, saving, the publishing steps, scheduling, uploads,
 * preview, history and conflicts, on the shared editor shell.
 */
export class NewsroomNewsEditor extends ContentEditor<EditableNews, NewsDraft, Transition> {
  constructor() {
    super(NEWS);
  }

  protected override get headings(): { create: string; edit: string } {
    return { create: this.ctx.strings.newTitle, edit: this.ctx.strings.editTitle };
  }

  protected override readyToStep(step: Transition): boolean {
    return step !== 'publishNews' || this.#altTextsPresent();
  }

  /**
   * Schedules publishing at a wall-clock time in the federation's zone (as the field gives it; an
   * `incomplete` field gives none), after saving; a missing or broken time is said next to the field.
   */
  async schedule(local: string, incomplete = false): Promise<void> {
    const { strings } = this.ctx;
    const problem = incomplete ? strings.invalidTime : timeErrors(strings, { at: local }, ['at']).at;
    if (problem) {
      this.errors = { ...this.errors, at: problem };
      void this.focusFirstError();
      return;
    }
    if (!this.#altTextsPresent()) return;
    const at = zonedToIso(local, this.timeZone);
    if (!(await this.save()) || !this.item) return;
    const when = formatTime(at, this.ctx.language, this.item.publisher.timeZone);
    await this.send(
      SCHEDULE_NEWS,
      { id: this.item.id, basedOn: this.item.revision, at },
      fill(this.ctx.strings.scheduledDone, when),
    );
  }

  async upload(file: File): Promise<void> {
    try {
      const image = await uploadImage(file, this.federation, this.ctx.session.token);
      this.edit({ images: [...this.draft.images, { url: image.url, alt: '', caption: null }] });
      this.ctx.announce(this.ctx.strings.uploaded);
    } catch (error) {
      this.errors = { ...this.errors, upload: this.describe(error) };
    }
  }

  #altTextsPresent(): boolean {
    const errors: FieldErrors = {};
    this.draft.images.forEach((image, index) => {
      if (!image.alt.trim()) errors[`images[${index}].alt`] = this.ctx.strings.altMissing;
    });
    this.errors = { ...this.errors, ...errors };
    if (Object.keys(errors).length) void this.focusFirstError();
    return Object.keys(errors).length === 0;
  }

  protected override renderLoaded(): TemplateResult {
    return renderEditor(this);
  }
}
