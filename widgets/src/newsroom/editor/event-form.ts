import { html, type TemplateResult } from 'lit';
import type { EventDraft } from '../api/event-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { describedBy, errorText, type FieldErrors, invalid } from './field-errors.js';
import type { Mentioned } from './municipality-picker.js';
import { LANGUAGE_NAMES, LANGUAGES } from './news-form.js';

type TextField = Exclude<keyof EventDraft, 'topics' | 'description' | 'language' | 'municipality'>;

/** The event's fields, each with its label and its error tied by aria-describedby; times in `timeZone`. */
export function eventForm(
  ctx: NewsroomContext,
  draft: EventDraft,
  topics: Array<{ slug: string; name: string }>,
  errors: FieldErrors,
  timeZone: string,
  edit: (change: Partial<EventDraft>) => void,
): TemplateResult {
  const { strings } = ctx;
  const input = (field: TextField, label: string, type = 'text') => html`<div class="field wide">
      <label for=${field}>${label}</label>
      <input id=${field} type=${type} .value=${draft[field]} aria-invalid=${invalid(errors, field)}
        aria-describedby=${describedBy(errors, field)}
        @input=${(event: Event) => edit({ [field]: (event.target as HTMLInputElement).value })} />
      ${errorText(errors, field)}
    </div>`;
  return html`${input('title', strings.title)}
    <div class="field wide">
      <label for="summary">${strings.summary}</label>
      <textarea id="summary" .value=${draft.summary} aria-invalid=${invalid(errors, 'summary')}
        aria-describedby=${describedBy(errors, 'summary')}
        @input=${(event: Event) => edit({ summary: (event.target as HTMLTextAreaElement).value })}></textarea>
      ${errorText(errors, 'summary')}
    </div>
    <newsroom-rich-text .strings=${strings} .label=${strings.description} .value=${draft.description}
      @newsroom-body-input=${(event: CustomEvent<string>) => edit({ description: event.detail })}></newsroom-rich-text>
    ${errorText(errors, 'description')}
    ${input('startsAt', fill(strings.startsAt, timeZone), 'datetime-local')}
    ${input('endsAt', fill(strings.endsAt, timeZone), 'datetime-local')}
    ${input('placeName', strings.placeName)}
    ${input('address', strings.address)}
    <newsroom-municipality-picker .ctx=${ctx} single .legend=${strings.eventMunicipality}
      .selected=${draft.municipality ? [draft.municipality] : []} .error=${errors.municipality}
      @newsroom-municipalities-change=${(event: CustomEvent<Mentioned>) => edit({ municipality: event.detail[0] ?? null })}></newsroom-municipality-picker>
    ${input('onlineUrl', strings.onlineUrl, 'url')}
    ${input('registrationUrl', strings.registrationUrl, 'url')}
    ${input('registrationDeadline', fill(strings.registrationDeadline, timeZone), 'datetime-local')}
    <div class="field">
      <label for="language">${strings.eventLanguage}</label>
      <select id="language" @change=${(event: Event) => edit({ language: (event.target as HTMLSelectElement).value })}>
        ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${draft.language === code}>${LANGUAGE_NAMES[code]}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${strings.topics}</legend>
      ${topics.map(
        (topic) => html`<label class="check"><input type="checkbox" .checked=${draft.topics.includes(topic.slug)}
          @change=${(event: Event) => {
            const on = (event.target as HTMLInputElement).checked;
            edit({ topics: on ? [...draft.topics, topic.slug] : draft.topics.filter((slug) => slug !== topic.slug) });
          }} /> ${topic.name}</label>`,
      )}
      ${errorText(errors, 'topics')}
    </fieldset>`;
}
