import { html, type TemplateResult } from 'lit';
import type { NewsDraft } from '../api/news-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { describedBy, errorText, type FieldErrors, invalid } from './field-errors.js';
import { type ImageFieldHandlers, imageFields } from './image-fields.js';

export const LANGUAGES = ['sv', 'nb', 'nn', 'en', 'se'] as const;
export const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  nn: 'Nynorsk',
  en: 'English',
  se: 'Davvisámegiella',
};

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
  const text = (field: 'title' | 'summary') => (event: Event) =>
    handlers.edit({ [field]: (event.target as HTMLInputElement).value });
  return html`<div class="field wide">
      <label for="title">${strings.title}</label>
      <input id="title" .value=${draft.title} required aria-invalid=${invalid(errors, 'title')}
        aria-describedby=${describedBy(errors, 'title')} @input=${text('title')} />
      ${errorText(errors, 'title')}
    </div>
    <div class="field wide">
      <label for="summary">${strings.summary}</label>
      <textarea id="summary" .value=${draft.summary} aria-invalid=${invalid(errors, 'summary')}
        aria-describedby=${describedBy(errors, 'summary')} @input=${text('summary')}></textarea>
      ${errorText(errors, 'summary')}
    </div>
    <newsroom-rich-text .strings=${strings} .value=${draft.body}
      @newsroom-body-input=${(event: CustomEvent<string>) => handlers.edit({ body: event.detail })}></newsroom-rich-text>
    ${errorText(errors, 'body')}
    <div class="field">
      <label for="language">${strings.contentLanguage}</label>
      <select id="language" @change=${(event: Event) => handlers.edit({ language: (event.target as HTMLSelectElement).value })}>
        ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${draft.language === code}>${LANGUAGE_NAMES[code]}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${strings.topics}</legend>
      ${topics.map(
        (topic) => html`<label class="check"><input type="checkbox" .checked=${draft.topics.includes(topic.slug)}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            handlers.edit({
              topics: on ? [...draft.topics, topic.slug] : draft.topics.filter((slug) => slug !== topic.slug),
            });
          }} /> ${topic.name}</label>`,
      )}
      ${errorText(errors, 'topics')}
    </fieldset>
    <newsroom-municipality-picker .ctx=${ctx} .selected=${draft.municipalities}
      @newsroom-municipalities-change=${(event: CustomEvent<NewsDraft['municipalities']>) =>
        handlers.edit({ municipalities: event.detail })}></newsroom-municipality-picker>
    ${errorText(errors, 'municipalities')}
    ${imageFields(draft.images, strings, errors, handlers)}`;
}
