import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/en.js';
import { errorText, type FieldErrors } from './field-errors.js';
import { selectField, textArea, textField } from './form-controls.js';

export const LANGUAGES = ['sv', 'nb', 'nn', 'en', 'se'] as const;
export const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  nn: 'Nynorsk',
  en: 'English',
  se: 'Davvisámegiella',
};

/** What news items, events and courses all have in their forms. */
export interface ContentBasics {
  title: string;
  summary: string;
  language: string;
  topics: string[];
}

type EditBasics = (change: Partial<ContentBasics>) => void;

/** The rich text of a kind: a news item's `body`, an event's or a course's `description`. */
export interface RichTextField {
  field: string;
  value: string;
  /** The label; the body's when unset. */
  label?: string;
  onInput(value: string): void;
}

/** Title, summary and the rich text that every kind of content begins with, each with its error. */
export function textFields(
  strings: Strings,
  errors: FieldErrors,
  draft: ContentBasics,
  rich: RichTextField,
  edit: EditBasics,
  options: { titleRequired?: boolean } = {},
): TemplateResult {
  const title = (value: string) => edit({ title: value });
  return html`${textField(errors, 'title', strings.title, draft.title, title, { wide: true, required: options.titleRequired })}
    ${textArea(errors, 'summary', strings.summary, draft.summary, (summary) => edit({ summary }))}
    <newsroom-rich-text .strings=${strings} .label=${rich.label} .value=${rich.value}
      @newsroom-body-input=${(event: CustomEvent<string>) => rich.onInput(event.detail)}></newsroom-rich-text>
    ${errorText(errors, rich.field)}`;
}

/** The language the content is written in; `label` says whose language it is. */
export function languageField(errors: FieldErrors, label: string, language: string, edit: EditBasics): TemplateResult {
  const choices = LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] ?? code, lang: code }));
  return selectField(errors, 'language', label, language, choices, (value) => edit({ language: value }));
}

/** A checkbox per topic of the hub. */
export function topicFields(
  strings: Strings,
  errors: FieldErrors,
  topics: Array<{ slug: string; name: string }>,
  chosen: string[],
  edit: EditBasics,
): TemplateResult {
  const toggle = (slug: string, on: boolean) =>
    edit({ topics: on ? [...chosen, slug] : chosen.filter((each) => each !== slug) });
  return html`<fieldset>
    <legend>${strings.topics}</legend>
    ${topics.map(
      (topic) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(topic.slug)}
        @change=${(event: Event) => toggle(topic.slug, (event.target as HTMLInputElement).checked)} /> ${topic.name}</label>`,
    )}
    ${errorText(errors, 'topics')}
  </fieldset>`;
}
