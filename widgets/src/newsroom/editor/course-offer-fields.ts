import { html, nothing, type TemplateResult } from 'lit';
import type { CourseDraft } from '../api/course-drafts.js';
import { CURRENCIES } from '../api/course-queries.js';
import { fill } from '../i18n/language.js';
import type { NewsroomCourseEditor } from './course-editor.js';
import { errorText } from './field-errors.js';
import { selectField, textField } from './form-controls.js';
import type { Mentioned } from './municipality-picker.js';

type Edit = (change: Partial<CourseDraft>) => void;

/** Hours a crediting body counts the course for, one row each, added and removed by buttons. */
function creditFields(editor: NewsroomCourseEditor, edit: Edit): TemplateResult {
  const { strings } = editor.ctx;
  const { credits } = editor.draft;
  const change = (index: number, part: Partial<CourseDraft['credits'][number]>) =>
    edit({ credits: credits.map((credit, at) => (at === index ? { ...credit, ...part } : credit)) });
  return html`<fieldset>
    <legend>${strings.credits}</legend>
    ${credits.length ? nothing : html`<p class="hint">${strings.noCredits}</p>`}
    ${credits.map(
      (credit, index) => html`<div class="grid" role="group" aria-label=${fill(strings.creditNumber, index + 1)}>
        ${textField(editor.errors, `credits[${index}].hours`, fill(strings.creditHours, index + 1), credit.hours, (hours) => change(index, { hours }), { type: 'number', min: '0', step: '0.5' })}
        ${textField(editor.errors, `credits[${index}].body`, fill(strings.creditBody, index + 1), credit.body, (body) => change(index, { body }))}
        ${textField(editor.errors, `credits[${index}].note`, fill(strings.creditNote, index + 1), credit.note, (note) => change(index, { note }))}
        <div class="actions"><button type="button" @click=${() => edit({ credits: credits.filter((_each, at) => at !== index) })}>
          ${fill(strings.removeCredit, index + 1)}</button></div>
      </div>`,
    )}
    ${errorText(editor.errors, 'credits')}
    <div class="actions"><button type="button" @click=${() => edit({ credits: [...credits, { hours: '', body: '', note: '' }] })}>
      ${strings.addCredit}</button></div>
  </fieldset>`;
}

/** The courses to take first: the federation's other courses, and any chosen one from elsewhere. */
function prerequisiteFields(editor: NewsroomCourseEditor, edit: Edit): TemplateResult {
  const { strings } = editor.ctx;
  const chosen = editor.draft.prerequisites;
  const elsewhere = (editor.item?.prerequisites ?? []).filter(
    (each) => !editor.otherCourses.some((course) => course.id === each.id),
  );
  const choices = [...editor.otherCourses.map(({ id, title }) => ({ id, title })), ...elsewhere];
  return html`<fieldset aria-describedby=${editor.errors.prerequisites ? 'prerequisites-error' : nothing}>
    <legend>${strings.prerequisites}</legend>
    ${choices.length ? nothing : html`<p class="hint">${strings.noOtherCourses}</p>`}
    ${choices.map(
      (course) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(course.id)}
        aria-invalid=${editor.errors.prerequisites ? 'true' : 'false'}
        @change=${(event: Event) => {
          const on = (event.target as HTMLInputElement).checked;
          edit({ prerequisites: on ? [...chosen, course.id] : chosen.filter((id) => id !== course.id) });
        }} /> ${course.title}</label>`,
    )}
    ${errorText(editor.errors, 'prerequisites')}
  </fieldset>`;
}

/** Who may take it and on what terms: credits, price, the municipalities it is open to, prerequisites, contact. */
export function courseOfferFields(editor: NewsroomCourseEditor, edit: Edit): TemplateResult {
  const { strings } = editor.ctx;
  const { draft, errors } = editor;
  return html`${creditFields(editor, edit)}
    <fieldset>
      <legend>${strings.price}</legend>
      <div class="grid">
        ${textField(errors, 'price.amount', strings.priceAmount, draft.price.amount, (amount) => edit({ price: { ...draft.price, amount } }), { type: 'number', min: '0', step: '0.01', hint: strings.priceHint })}
        ${selectField(
          errors,
          'price.currency',
          strings.currency,
          draft.price.currency,
          CURRENCIES.map((code) => ({ value: code, label: code })),
          (currency) => edit({ price: { ...draft.price, currency } }),
        )}
      </div>
    </fieldset>
    <newsroom-municipality-picker .ctx=${editor.ctx} .legend=${strings.openTo} .hint=${strings.openToHint}
      .selected=${draft.openTo} .error=${errors.openTo}
      @newsroom-municipalities-change=${(event: CustomEvent<Mentioned>) => edit({ openTo: event.detail })}></newsroom-municipality-picker>
    ${prerequisiteFields(editor, edit)}
    ${selectField(
      errors,
      'contact',
      strings.courseContact,
      draft.contact,
      [
        { value: '', label: strings.noContact },
        ...editor.contacts.map((contact) => ({ value: contact.id, label: `${contact.name}, ${contact.title}` })),
        // A contact whose role has ended stays chosen until someone chooses another.
        ...(editor.item?.contact && !editor.contacts.some((contact) => contact.id === editor.item?.contact?.id)
          ? [{ value: editor.item.contact.id, label: editor.item.contact.name }]
          : []),
      ],
      (contact) => edit({ contact }),
    )}`;
}
