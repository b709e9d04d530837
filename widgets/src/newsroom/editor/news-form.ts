import { html, type TemplateResult } from 'lit';
import type { NewsDraft } from '../api/news-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { languageField, textFields, topicFields } from './content-fields.js';
import { errorText, type FieldErrors } from './field-errors.js';
import { type ImageFieldHandlers, imageFields } from './image-fields.js';

export interface FormHandlers extends ImageFieldHandlers {
  edit(change: Partial<NewsDraft>): void;
}

/** The news item's fields, each with its label, hint and error in this shadow root. */
export function newsForm(
  ctx: NewsroomContext,
  draft: NewsDraft,
  topics: Array<{ slug: string; name: string }>,
  errors: FieldErrors,
  handlers: FormHandlers,
): TemplateResult {
  const { strings } = ctx;
  const edit = (change: Partial<NewsDraft>) => handlers.edit(change);
  const body = { field: 'body', value: draft.body, onInput: (value: string) => edit({ body: value }) };
  return html`${textFields(strings, errors, draft, body, edit, { titleRequired: true })}
    ${languageField(errors, strings.contentLanguage, draft.language, edit)}
    ${topicFields(strings, errors, topics, draft.topics, edit)}
    <newsroom-municipality-picker .ctx=${ctx} .selected=${draft.municipalities}
      @newsroom-municipalities-change=${(event: CustomEvent<NewsDraft['municipalities']>) =>
        edit({ municipalities: event.detail })}></newsroom-municipality-picker>
    ${errorText(errors, 'municipalities')}
    ${imageFields(draft.images, strings, errors, handlers)}`;
}
