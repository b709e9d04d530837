import { html, type TemplateResult } from 'lit';
import type { SessionDraft } from '../api/course-drafts.js';
import type { NewsroomContext } from '../app/context.js';
import { fill } from '../i18n/language.js';
import type { FieldErrors } from './field-errors.js';
import { textField } from './form-controls.js';
import type { Mentioned } from './municipality-picker.js';

type TextField = Exclude<keyof SessionDraft, 'municipality'>;

/** A session's fields, times in `timeZone`; ids under `session-` so they never meet the course's own. */
export function sessionForm(
  ctx: NewsroomContext,
  draft: SessionDraft,
  errors: FieldErrors,
  timeZone: string,
  edit: (change: Partial<SessionDraft>) => void,
): TemplateResult {
  const { strings } = ctx;
  // The errors come by the API's field names; the ids get the prefix.
  const prefixed = Object.fromEntries(Object.entries(errors).map(([field, message]) => [`session-${field}`, message]));
  const input = (field: TextField, label: string, type = 'text', extra: { min?: string; step?: string } = {}) =>
    textField(prefixed, `session-${field}`, label, draft[field], (value) => edit({ [field]: value }), {
      type,
      ...extra,
    });
  return html`<div class="grid">
      ${input('startsAt', fill(strings.startsAt, timeZone), 'datetime-local')}
      ${input('endsAt', fill(strings.endsAt, timeZone), 'datetime-local')}
      ${input('registrationDeadline', fill(strings.registrationDeadline, timeZone), 'datetime-local')}
    </div>
    <div class="grid">
      ${input('placeName', strings.placeName)}
      ${input('address', strings.address)}
      ${input('capacity', strings.capacity, 'number', { min: '1', step: '1' })}
    </div>
    <newsroom-municipality-picker .ctx=${ctx} single .legend=${strings.sessionMunicipality}
      .selected=${draft.municipality ? [draft.municipality] : []} .error=${errors.municipality}
      @newsroom-municipalities-change=${(event: CustomEvent<Mentioned>) => edit({ municipality: event.detail[0] ?? null })}></newsroom-municipality-picker>
    <div class="grid">
      ${input('onlineUrl', strings.onlineUrl, 'url')}
      ${input('registrationUrl', strings.registrationUrl, 'url')}
    </div>`;
}
