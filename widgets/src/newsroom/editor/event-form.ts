import { html, type TemplateResult } from 'lit';
import type { EventDraft } from '../api/event-queries.js';
import type { NewsroomContext } from '../app/context.js';
import { fill } from '../i18n/language.js';
import { languageField, textFields, topicFields } from './content-fields.js';
import type { FieldErrors } from './field-errors.js';
import { textField } from './form-controls.js';
import type { Mentioned } from './municipality-picker.js';

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
  const input = (field: TextField, label: string, type = 'text') =>
    textField(errors, field, label, draft[field], (value) => edit({ [field]: value }), { type, wide: true });
  const description = {
    field: 'description',
    label: strings.description,
    value: draft.description,
    onInput: (value: string) => edit({ description: value }),
  };
  return html`${textFields(strings, errors, draft, description, edit)}
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
    ${languageField(errors, strings.eventLanguage, draft.language, edit)}
    ${topicFields(strings, errors, topics, draft.topics, edit)}`;
}
