import { html, type TemplateResult } from 'lit';
import type { ContactDraft } from '../api/contact-queries.js';
import type { NewsroomContext } from '../app/context.js';
import type { ConflictVersion } from '../editor/conflict-view.js';
import { LANGUAGE_NAMES, LANGUAGES } from '../editor/content-fields.js';
import { describedBy, errorText, type FieldErrors, invalid } from '../editor/field-errors.js';

export const EMPTY: ContactDraft = { name: '', title: '', email: '', phone: '', language: 'sv' };

/** A contact as the conflict view compares it: name, role, then address, number and language. */
export function asVersion(draft: ContactDraft): ConflictVersion {
  const details = [draft.email, draft.phone, LANGUAGE_NAMES[draft.language] ?? draft.language];
  return { title: draft.name, summary: draft.title, body: details.filter(Boolean).join('\n') };
}

/** A contact's fields, each labelled, with its error tied by aria-describedby. */
export function contactFields(ctx: NewsroomContext, draft: ContactDraft, errors: FieldErrors): TemplateResult {
  const { strings } = ctx;
  const input = (field: Exclude<keyof ContactDraft, 'language'>, label: string, type: string, autocomplete: string) =>
    html`<div class="field">
      <label for=${`contact-${field}`}>${label}</label>
      <input id=${`contact-${field}`} name=${field} type=${type} autocomplete=${autocomplete} .value=${draft[field]}
        aria-invalid=${invalid(errors, field)} aria-describedby=${describedBy(errors, field)} />
      ${errorText(errors, field)}
    </div>`;
  return html`${input('name', strings.contactName, 'text', 'off')}
    ${input('title', strings.contactTitle, 'text', 'off')}
    ${input('email', strings.email, 'email', 'off')}
    ${input('phone', strings.phone, 'tel', 'off')}
    <div class="field">
      <label for="contact-language">${strings.contactLanguage}</label>
      <select id="contact-language" name="language">
        ${LANGUAGES.map((code) => html`<option value=${code} lang=${code} ?selected=${draft.language === code}>${LANGUAGE_NAMES[code]}</option>`)}
      </select>
    </div>`;
}

export function draftFromForm(form: HTMLFormElement): ContactDraft {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return {
    name: value('name'),
    title: value('title'),
    email: value('email'),
    phone: value('phone'),
    language: value('language') || 'sv',
  };
}
